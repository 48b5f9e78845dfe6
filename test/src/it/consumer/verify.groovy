// The build passing is not enough: the five built-in tests must have run and passed, none skipped.
def report = new File(basedir, 'target/surefire-reports/TEST-com.example.shop.MigrationsTests.xml')
assert report.isFile() : "no test report at ${report}"
def suite = new groovy.xml.XmlSlurper().parse(report)
assert suite.@tests.toInteger() == 5 : "expected the 5 built-in tests, ran ${suite.@tests}"
assert suite.@failures.toInteger() == 0 && suite.@errors.toInteger() == 0 && suite.@skipped.toInteger() == 0
def names = suite.testcase.collect { it.@name.toString() }.sort()
assert names == ['downgradeLeavesNoTrace', 'modelMatchesDatabase', 'singleHeadRevision', 'stairway',
        'upgradeFromBaseToHeads'] : names
