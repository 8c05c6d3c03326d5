#pragma once

#include <QByteArray>
#include <QString>
#include <QVariant>
#include <functional>

struct sqlite3;
struct sqlite3_stmt;

// The baseline the desk is measured against: the plainest possible use of SQLite's C API, one connection, one
// prepared statement at a time, no Qt in between. Failures throw std::runtime_error.
class RawSqlite
{
public:
    explicit RawSqlite(const QString &path, bool readOnly);
    ~RawSqlite();
    RawSqlite(const RawSqlite &) = delete;
    RawSqlite &operator=(const RawSqlite &) = delete;

    void exec(const char *sql);
    // Prepares `sql` (cached by its text), binds `values` (text, integer or null) and steps through every row,
    // handing each to `row` (may be empty). Returns the number of rows.
    int query(const char *sql, const QVariantList &values, const std::function<void(sqlite3_stmt *)> &row = {});
    qint64 scalar(const char *sql, const QVariantList &values = {});
    QString text(const char *sql, const QVariantList &values = {});

private:
    sqlite3_stmt *statement(const char *sql);
    void fail(const char *what) const;

    sqlite3 *m_db = nullptr;
    struct Cached
    {
        QByteArray sql;
        sqlite3_stmt *stmt;
    };
    QList<Cached> m_statements;
};
