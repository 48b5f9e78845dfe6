def file = new File(basedir, 'src/main/resources/db/migrations/a1_customers.sql')
assert file.isFile() : 'the revision goes into the first classpath location under src/main/resources'
assert file.text.contains('CREATE TABLE customers')
def log = new File(basedir, 'build.log').text
assert log.contains('Detected add table CUSTOMERS')
assert log.contains('[INFO] <base> -> a1 (head), customers')
assert log.contains('No new upgrade operations detected.')
assert log.contains('Running upgrade <base> -> a1, customers')
assert log.contains('[INFO] a1 (head)')
assert log.contains('[INFO] Rev: a1 (head)')
assert log.contains('Running downgrade a1 -> <base>, customers')
assert log.contains('[INFO] Database at base (no revision applied)')
return true
