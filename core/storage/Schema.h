#pragma once

#include <QSqlDatabase>
#include <QString>

// The versioned schema: one step per version. Step N takes a database at version N-1 to version N.
namespace Schema {
bool migrateToV1(QSqlDatabase &db, QString *error);
bool migrateToV2(QSqlDatabase &db, QString *error);
bool exec(QSqlDatabase &db, const QString &sql, QString *error);
} // namespace Schema
