def file = new File(basedir, 'src/main/resources/db/migrations/a1_customers.sql')
assert file.isFile() : 'the revision goes into the first classpath location under src/main/resources'
assert file.text.contains('CREATE TABLE customers')
def log = new File(basedir, 'build.log').text
assert log.contains('Detected add table CUSTOMERS')
assert log.contains('[INFO] <base> -> a1 (head), customers')
assert log.contains('No new upgrade operations detected.')
// the CLI's lines (Alembic's, base as an empty string in step lines), from the same formatter
assert log.contains('[INFO] Running upgrade  -> a1, customers')
assert log.contains('[INFO] Upgraded base -> a1 (1 step(s) in ')
assert log.contains('[INFO] a1 (head)')
assert log.contains('[INFO] Rev: a1 (head)')
assert log.contains('[INFO] Parent: <base>')
assert log.contains('[INFO]     Revision ID: a1')
assert log.contains('[INFO] Running downgrade a1 -> , customers')
assert log.contains('[INFO] Downgraded a1 -> base (1 step(s) in ')
assert log.contains('[INFO] Stamped base -> base')
// retort:index, bound to process-classes: the index of the copied revisions beside them in target/classes
def index = new File(basedir, 'target/classes/META-INF/retort/db/migrations.index')
assert index.isFile() : 'retort:index writes META-INF/retort/<location>.index into target/classes'
def lines = index.readLines('UTF-8')
assert lines[0] == '# retort revision index 1'
assert lines.size() == 2
def fields = lines[1].split('\t', -1)
assert fields[0] == 'a1_customers.sql'
assert fields[1] == String.valueOf(new File(basedir, 'target/classes/db/migrations/a1_customers.sql').length())
assert fields[2].startsWith('1:')
assert fields[3] == 'a1'
assert log.contains('[INFO] Indexed classpath:db/migrations into ')
return true
