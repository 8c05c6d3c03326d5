#include "RawSqlite.h"

#include <sqlite3.h>
#include <stdexcept>

RawSqlite::RawSqlite(const QString &path, bool readOnly)
{
    const int flags = readOnly ? SQLITE_OPEN_READONLY : (SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
    if (sqlite3_open_v2(path.toUtf8().constData(), &m_db, flags, nullptr) != SQLITE_OK)
        fail("open");
    sqlite3_busy_timeout(m_db, 5000);
}

RawSqlite::~RawSqlite()
{
    for (const Cached &c : std::as_const(m_statements))
        sqlite3_finalize(c.stmt);
    sqlite3_close(m_db);
}

void RawSqlite::fail(const char *what) const
{
    throw std::runtime_error(std::string(what) + ": " + sqlite3_errmsg(m_db));
}

void RawSqlite::exec(const char *sql)
{
    if (sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr) != SQLITE_OK)
        fail(sql);
}

sqlite3_stmt *RawSqlite::statement(const char *sql)
{
    for (const Cached &c : std::as_const(m_statements))
        if (c.sql == sql)
            return c.stmt;
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(m_db, sql, -1, &stmt, nullptr) != SQLITE_OK)
        fail(sql);
    m_statements.append({QByteArray(sql), stmt});
    return stmt;
}

int RawSqlite::query(const char *sql, const QVariantList &values, const std::function<void(sqlite3_stmt *)> &row)
{
    sqlite3_stmt *stmt = statement(sql);
    for (int i = 0; i < values.size(); ++i) {
        const QVariant &v = values.at(i);
        if (v.isNull()) {
            sqlite3_bind_null(stmt, i + 1);
        } else if (v.typeId() == QMetaType::QString) {
            const QByteArray utf8 = v.toString().toUtf8();
            sqlite3_bind_text(stmt, i + 1, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
        } else {
            sqlite3_bind_int64(stmt, i + 1, v.toLongLong());
        }
    }
    int rows = 0;
    int rc;
    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
        ++rows;
        if (row)
            row(stmt);
    }
    if (rc != SQLITE_DONE) {
        sqlite3_reset(stmt);
        fail(sql);
    }
    sqlite3_reset(stmt);
    sqlite3_clear_bindings(stmt);
    return rows;
}

qint64 RawSqlite::scalar(const char *sql, const QVariantList &values)
{
    qint64 out = 0;
    query(sql, values, [&out](sqlite3_stmt *s) { out = sqlite3_column_int64(s, 0); });
    return out;
}

QString RawSqlite::text(const char *sql, const QVariantList &values)
{
    QString out;
    query(sql, values, [&out](sqlite3_stmt *s) {
        out = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(s, 0)));
    });
    return out;
}
