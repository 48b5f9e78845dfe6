// The revision was written where the application reads it, from the entities of one package only.
def revisions = new File(basedir, 'src/main/resources/db/revisions')
def written = revisions.listFiles().findAll { it.name.endsWith('_add_account.sql') }
assert written.size() == 1 : "expected one *_add_account.sql in ${revisions}: ${revisions.list()}"
def script = written[0].text
assert script.contains('-- message: add account')
assert script.toLowerCase().contains('create table account')
assert script.toLowerCase().contains("enum('free', 'team')")
assert !script.toLowerCase().contains('invoice')

def log = new File(basedir, 'build.log').text
def revision = (script =~ /-- revision: (\w+)/)[0][1]
assert log.contains('Target schema: 1 JPA entities in com.example.accounts')
assert log.contains("[INFO] Running upgrade  -> ${revision}, add account")
assert log.contains("[INFO] ${revision} (head)")
assert log.contains('No new upgrade operations detected.')
// the failing check names what differs and how to fix it
assert log.contains('New upgrade operations detected')
assert log.toLowerCase().contains('add table invoice')
assert log.contains('retort:revision -Dretort.autogenerate=true')
// Hibernate's own start-up logging stays out of the build log
assert !log.contains('HHH')
return true
