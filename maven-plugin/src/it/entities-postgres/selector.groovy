// Runs wherever PostgreSQL is configured, and always under CI=true (where setup.groovy then fails if it is not).
return System.getenv('RETORT_TEST_POSTGRES_URL') || System.getenv('CI') == 'true'
