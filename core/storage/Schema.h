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
