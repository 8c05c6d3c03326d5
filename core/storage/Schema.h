#pragma once

#include <QSqlDatabase>
#include <QString>

// The versioned schema: one step per version. Step N takes a database at version N-1 to version N.
namespace Schema {
bool migrateToV1(QSqlDatabase &db, QString *error);
bool migrateToV2(QSqlDatabase &db, QString *error);
bool migrateToV3(QSqlDatabase &db, QString *error);
bool migrateToV4(QSqlDatabase &db, QString *error);
bool migrateToV5(QSqlDatabase &db, QString *error);
bool migrateToV6(QSqlDatabase &db, QString *error);
bool migrateToV7(QSqlDatabase &db, QString *error);
bool migrateToV8(QSqlDatabase &db, QString *error);
bool migrateToV9(QSqlDatabase &db, QString *error);
// The deadline an open ticket is racing now (rules/Deadlines.h in SQL), over the columns of `tickets` unqualified;
// a ticket with none sorts last. The board reads open tickets in this order a screen at a time through an index on
// exactly this expression (version 9): a query must spell it the same way to use that index.
inline const char *const kDeadlineSql =
    "coalesce(CASE state WHEN 'new' THEN dispatch_by WHEN 'awaiting_parts' THEN parts_eta WHEN 'dispatched' THEN CASE "
    "WHEN contact_by IS NOT NULL AND (on_site_by IS NULL OR "
    "contact_by <= on_site_by) THEN contact_by ELSE on_site_by END WHEN 'contacted' THEN on_site_by "
    "WHEN 'en_route' THEN on_site_by WHEN 'completed' THEN callback_by WHEN 'guided_by_phone' THEN callback_by END, "
    "9223372036854775807)";
// The caller-search document of one customer: name and address as space-separated characters (so an FTS5
// phrase is a substring match, two-character names included) and the name's pinyin, full and initials.
struct SearchDocument
{
    QString name;
    QString address;
    QString pinyin;
};
SearchDocument searchDocument(const QString &name, const QString &address);
bool exec(QSqlDatabase &db, const QString &sql, QString *error);
} // namespace Schema
