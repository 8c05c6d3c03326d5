#pragma once

#include "rules/CommandProcessor.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QStringList>

// Customers and their appliances from the spreadsheets centres keep today (CSV, UTF-8 or GB18030, detected).
// parse → map columns → plan (every row checked; bad ones listed with line and reason; matches to known customers
// by phone and to known appliances by serial, so a re-import adds nothing twice) → commit (all or nothing, through
// customer.upsert and product.register, so it is audited and synced like any other change).
class CustomerImport
{
    Q_DECLARE_TR_FUNCTIONS(CustomerImport)
public:
    struct Table
    {
        QString encoding; // UTF-8 or GB18030
        QStringList header;
        QList<QStringList> rows; // without the header
    };

    // Field keys a column can map to
    static QStringList fields();
    static QString fieldLabel(const QString &field);

    static Table parse(const QByteArray &bytes, QString *error);
    // Column index → field key, guessed from the header (姓名/name, 电话/手机/phone, 地址, 片区, 品类, 型号,
    // 序列号/条码, 购买日期, 经销商)
    static QHash<int, QString> guessMapping(const QStringList &header);

    struct Issue
    {
        int line; // as in the file, the header being line 1
        QString reason;
    };
    struct Plan
    {
        QList<QPair<QString, QJsonObject>> commands; // name, fields
        QList<Issue> bad;
        int goodRows = 0;
        int newCustomers = 0;
        int knownCustomers = 0;
        int newProducts = 0;
        int knownProducts = 0;
    };
    static Plan plan(CommandProcessor &processor, const Table &table, const QHash<int, QString> &mapping);
    // Applies every command of the plan in one transaction; on any refusal nothing is imported.
    static bool commit(CommandProcessor &processor, const Plan &plan, const QDateTime &at, const QString &by,
                       QString *error);
};
