package dev.retort;

/** How a plan is wrapped in transactions. */
public enum TransactionMode {
    /** One transaction per revision: its statements, version rows and history row commit together. */
    PER_REVISION,
    /** The whole plan in one transaction; only where DDL is transactional (PostgreSQL, H2). */
    ALL
}
