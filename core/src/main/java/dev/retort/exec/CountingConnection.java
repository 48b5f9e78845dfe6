package dev.retort.exec;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;

/**
 * The connection a Java revision gets: it counts the statements that ran to completion, so a failure part-way is
 * recorded with the statement it stopped at, as for an SQL revision. Only Java revisions pay for the proxy.
 */
final class CountingConnection {

    private final Connection connection;
    private int executed;

    CountingConnection(Connection c) {
        connection = (Connection) Proxy.newProxyInstance(CountingConnection.class.getClassLoader(),
                new Class<?>[] {Connection.class}, forwarding(c, true));
    }

    /** {@return the connection to hand to the revision} */
    Connection connection() {
        return connection;
    }

    /** {@return how many statements ran without an error} */
    int executed() {
        return executed;
    }

    private InvocationHandler forwarding(Object target, boolean connection) {
        return (proxy, method, args) -> {
            Object result;
            try {
                result = method.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
            if (connection && result instanceof Statement s) {
                return Proxy.newProxyInstance(CountingConnection.class.getClassLoader(),
                        new Class<?>[] {statementType(s)}, forwarding(s, false));
            }
            if (!connection && method.getName().startsWith("execute")) {
                executed++;
            }
            return result;
        };
    }

    private static Class<?> statementType(Statement s) {
        return s instanceof CallableStatement ? CallableStatement.class
                : s instanceof PreparedStatement ? PreparedStatement.class : Statement.class;
    }
}
