import org.postgresql.Driver

// the driver directly: DriverManager does not see drivers of the script's class loader
def connect(String url) { new Driver().connect(url, new Properties()) }

def admin = System.getenv('RETORT_TEST_POSTGRES_URL')
if (!admin) {
    throw new IllegalStateException('CI=true and no RETORT_TEST_POSTGRES_URL: this IT needs PostgreSQL')
}
def schema = 'retort_it_' + UUID.randomUUID().toString().substring(0, 8)
connect(admin).withCloseable { c -> c.createStatement().execute("CREATE SCHEMA ${schema}") }
def url = admin + (admin.contains('?') ? '&' : '?') + "currentSchema=${schema}"
new File(basedir, 'schema.txt').text = schema
// the app's own configuration, as Spring Boot reads it: the plugin takes the connection from here
def resources = new File(basedir, 'src/main/resources')
resources.mkdirs()
new File(resources, 'application.yml').text = """\
spring:
  datasource:
    url: "${url}"
  jpa:
    hibernate:
      naming:
        physical-strategy: org.hibernate.boot.model.naming.PhysicalNamingStrategyStandardImpl
"""
return true
