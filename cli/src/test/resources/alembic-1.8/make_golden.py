#!/usr/bin/python3
"""Regenerates the Alembic golden files next to this script (see README.md).

Usage: /usr/bin/python3 make_golden.py postgresql://postgres@127.0.0.1:5432/test

Needs Debian's python3-alembic (1.8.1) and python3-psycopg2. It builds an Alembic project in a
temporary directory with 'alembic init', 'alembic revision' and 'alembic merge', adds op.execute()
calls to the generated files, runs Alembic's commands, and writes here:

  versions/   the Alembic revision files exactly as Alembic wrote them (plus the op.execute bodies)
  revisions/  the same revisions as Retort SQL files (same ids, parents, labels, messages, create dates)
  out/        what Alembic printed: <name>.txt is stdout, <name>.err stderr, <name>.log its 'Running ...' lines,
              <name>.rows the version table's rows (sorted) after a command run against the database
              (none while the table does not exist)
The server database named in the URL is only used to create and drop a scratch database.

Alembic orders revisions that do not depend on each other by the order os.listdir() returns the files,
which differs between file systems; Retort orders them by file name. Alembic is run with os.listdir()
sorted, so both tools see the same order. PYTHONHASHSEED=0 keeps the order of Alembic's sets stable.
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ALEMBIC = ["/usr/bin/python3", "-c", "import os, sys; listdir = os.listdir; "
           "os.listdir = lambda path='.': sorted(listdir(path)); "
           "from alembic.config import main; main(prog='alembic')"]
SCRATCH_DB = "retort_alembic_golden"

# id, --head, message, branch label, depends on, upgrade statements, downgrade statements
GRAPH = [
    ("aaaa0001", "base", "create accounts", None, None,
     ["CREATE TABLE accounts (id BIGINT PRIMARY KEY, name VARCHAR(100))"], ["DROP TABLE accounts"]),
    ("ffff0001", "base", "create reports", "reports", None,
     ["CREATE TABLE reports (id BIGINT PRIMARY KEY)"], ["DROP TABLE reports"]),
    ("bbbb0001", "aaaa0001", "create invoices", "billing", None,
     ["CREATE TABLE invoices (id BIGINT PRIMARY KEY, account_id BIGINT)"], ["DROP TABLE invoices"]),
    ("bbbb0002", "bbbb0001", "invoice total", None, None,
     ["ALTER TABLE invoices ADD COLUMN total DECIMAL(10,2)"], ["ALTER TABLE invoices DROP COLUMN total"]),
    ("cccc0001", "aaaa0001", "create shipments", "shipping", None,
     ["CREATE TABLE shipments (id BIGINT PRIMARY KEY)"], ["DROP TABLE shipments"]),
    ("dddd0001", ["bbbb0002", "cccc0001"], "merge billing and shipping", None, None, [], []),
    ("eeee0001", "dddd0001", "audit log", None, "ffff0001",
     ["CREATE TABLE audit_log (id BIGINT PRIMARY KEY, note VARCHAR(200))",
      "INSERT INTO audit_log (id, note) VALUES (1, 'it''s')"], ["DROP TABLE audit_log"]),
]

# (output name, alembic arguments); '-x per_migration=true' sets transaction_per_migration in env.py,
# '-x url=...' the offline dialect
STATIC = [
    ("heads", ["heads"]), ("heads-v", ["heads", "-v"]),
    ("branches", ["branches"]), ("branches-v", ["branches", "-v"]),
    ("history", ["history"]), ("history-v", ["history", "-v"]),
    ("history-r-bbbb0001-dddd0001", ["history", "-r", "bbbb0001:dddd0001"]),
    ("history-r-aaaa0001-", ["history", "-r", "aaaa0001:"]),
    ("show-dddd0001", ["show", "dddd0001"]), ("show-heads", ["show", "heads"]),
    ("show-billing@head", ["show", "billing@head"]), ("show-base", ["show", "base"]),
    ("upgrade-heads-sql", ["upgrade", "heads", "--sql"]),
    ("upgrade-heads-sql-per-migration", ["-x", "per_migration=true", "upgrade", "heads", "--sql"]),
    ("upgrade-bbbb0001-heads-sql", ["upgrade", "bbbb0001:heads", "--sql"]),
    ("upgrade-heads-sql-mysql", ["-x", "url=mysql://", "upgrade", "heads", "--sql"]),
    ("downgrade-eeee0001-base-sql", ["downgrade", "eeee0001:base", "--sql"]),
    ("downgrade-heads-base-sql", ["downgrade", "heads:base", "--sql"]),
    ("downgrade-eeee0001-base-sql-per-migration", ["-x", "per_migration=true", "downgrade", "eeee0001:base",
                                                   "--sql"]),
    ("downgrade-dddd0001-aaaa0001-sql", ["downgrade", "dddd0001:aaaa0001", "--sql"]),
    ("stamp-heads-sql", ["stamp", "heads", "--sql"]),
    ("stamp-bbbb0002-dddd0001-sql", ["stamp", "bbbb0002:dddd0001", "--sql"]),
]

# run in order against the scratch database
ONLINE = [
    ("current-empty", ["current"]),
    ("upgrade-bbbb0002", ["upgrade", "bbbb0002"]),
    ("current-bbbb0002", ["current"]), ("current-v-bbbb0002", ["current", "-v"]),
    ("history-i-bbbb0002", ["history", "-i"]), ("history-r-current-bbbb0002", ["history", "-r", "current:"]),
    ("show-current-bbbb0002", ["show", "current"]),
    ("upgrade-cccc0001", ["upgrade", "cccc0001"]),
    ("current-bbbb0002-cccc0001", ["current"]),
    ("upgrade-heads", ["upgrade", "heads"]),
    ("current-heads", ["current"]),
    ("downgrade-dddd0001", ["downgrade", "dddd0001"]),
    ("current-dddd0001", ["current"]),
    ("downgrade-base", ["downgrade", "base"]),
    ("stamp-heads", ["stamp", "heads"]),
    ("current-stamped", ["current"]),
]


def run(work, args, check=True):
    env = dict(os.environ, PYTHONHASHSEED="0")
    p = subprocess.run(ALEMBIC + args, cwd=work, capture_output=True, text=True, env=env)
    if check and p.returncode != 0:
        sys.exit("alembic %s failed:\n%s%s" % (" ".join(args), p.stdout, p.stderr))
    return p


def psql(url, sql):
    return subprocess.run(["psql", "-q", "-A", "-t", "-v", "ON_ERROR_STOP=1", url, "-c", sql], check=True,
                          capture_output=True, text=True).stdout


def main():
    server_url = sys.argv[1]
    scratch_url = server_url.rsplit("/", 1)[0] + "/" + SCRATCH_DB
    work = tempfile.mkdtemp(prefix="alembic-golden-")
    run(work, ["init", "proj"])
    ini = os.path.join(work, "alembic.ini")
    with open(ini) as f:
        text = f.read().replace("driver://user:pass@localhost/dbname", scratch_url)
    with open(ini, "w") as f:
        f.write(text)
    env_py = os.path.join(work, "proj", "env.py")
    with open(env_py) as f:
        text = f.read()
    text = text.replace('''    url = config.get_main_option("sqlalchemy.url")
    context.configure(
        url=url,''', '''    x = context.get_x_argument(as_dictionary=True)
    url = x.get("url", config.get_main_option("sqlalchemy.url"))
    context.configure(
        url=url,
        transaction_per_migration=x.get("per_migration") == "true",''')
    with open(env_py, "w") as f:
        f.write(text)

    for rev, head, message, label, depends, _, _ in GRAPH:
        if isinstance(head, list):
            run(work, ["merge", "-m", message, "--rev-id", rev] + head)
            continue
        args = ["revision", "-m", message, "--rev-id", rev, "--head", head]
        if head != "base" and any(g[1] == head for g in GRAPH if g[0] < rev and g[0] != rev):
            args.append("--splice")
        if label:
            args += ["--branch-label", label]
        if depends:
            args += ["--depends-on", depends]
        run(work, args)

    versions = os.path.join(work, "proj", "versions")
    for target in ("versions", "revisions", "out"):
        shutil.rmtree(os.path.join(HERE, target), ignore_errors=True)
        os.makedirs(os.path.join(HERE, target))
    for rev, head, message, label, depends, up, down in GRAPH:
        [name] = [n for n in os.listdir(versions) if n.startswith(rev + "_")]
        with open(os.path.join(versions, name)) as f:
            text = f.read()
        for fn, statements in (("upgrade", up), ("downgrade", down)):
            if statements:
                body = "\n".join("    op.execute(%r)" % s for s in statements)
                text = text.replace("def %s() -> None:\n    pass" % fn, "def %s() -> None:\n%s" % (fn, body))
        with open(os.path.join(versions, name), "w") as f:
            f.write(text)
        shutil.copy(os.path.join(versions, name), os.path.join(HERE, "versions", name))
        created = re.search(r"^Create Date: (.*)$", text, re.M).group(1)
        parents = head if isinstance(head, list) else ([] if head == "base" else [head])
        sql = ["-- revision: " + rev, "-- down_revision: " + ", ".join(parents)]
        if label:
            sql.append("-- branch_labels: " + label)
        if depends:
            sql.append("-- depends_on: " + depends)
        sql += ["-- message: " + message, "-- create_date: " + created, "", "-- retort:upgrade"]
        sql += [s + ";" for s in up] + ["", "-- retort:downgrade"] + [s + ";" for s in down]
        with open(os.path.join(HERE, "revisions", name[:-3] + ".sql"), "w") as f:
            f.write("\n".join(sql) + "\n")

    psql(server_url, "DROP DATABASE IF EXISTS " + SCRATCH_DB)
    psql(server_url, "CREATE DATABASE " + SCRATCH_DB)
    try:
        for name, args in STATIC + ONLINE:
            p = run(work, args)
            with open(os.path.join(HERE, "out", name + ".txt"), "w") as f:
                f.write(p.stdout.replace(versions, "{versions}").replace(scratch_url, "{url}"))
            with open(os.path.join(HERE, "out", name + ".err"), "w") as f:
                f.write(p.stderr)
            running = [line.split("] ", 1)[1] for line in p.stderr.splitlines() if "] Running " in line]
            if running and not args[-1] == "--sql":
                with open(os.path.join(HERE, "out", name + ".log"), "w") as f:
                    f.write("\n".join(running) + "\n")
            if (name, args) in ONLINE and psql(scratch_url, "SELECT to_regclass('alembic_version')").strip():
                rows = psql(scratch_url, "SELECT version_num FROM alembic_version ORDER BY version_num")
                with open(os.path.join(HERE, "out", name + ".rows"), "w") as f:
                    f.write(rows)
    finally:
        psql(server_url, "DROP DATABASE IF EXISTS " + SCRATCH_DB)
    shutil.rmtree(work)


if __name__ == "__main__":
    main()
