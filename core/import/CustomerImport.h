#pragma once

#include "rules/CommandProcessor.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QStringList>

// Customers and their appliances from the spreadsheets centres keep today (CSV, UTF-8 or GB18030, detected; or
// an Excel .xlsx workbook, read by Workbook).
// parse → map columns → plan (every row checked; bad ones listed with line and reason; matches to known customers
// by phone and to known appliances by serial, so a re-import adds nothing twice) → commit (all or nothing, through
// customer.upsert and product.register, so it is audited and synced like any other change).
class CustomerImport
{
    Q_DECLARE_TR_FUNCTIONS(CustomerImport)
public:
    struct Table
    {
        QString encoding;   // UTF-8, GB18030 or "xlsx"
        QString sheet;      // the workbook's sheet the rows come from; empty for CSV
        int headerLine = 1; // the header's line (row) in the file; a title above it moves it down
        QStringList header;
        QList<QStringList> rows; // after the header; rows[i] is line headerLine + 1 + i
    };

    // Field keys a column can map to
    static QStringList fields();
    static QString fieldLabel(const QString &field);

    // CSV text (UTF-8 or GB18030)
    static Table parse(const QByteArray &bytes, QString *error);
    // CSV or an .xlsx workbook, told apart by content. For a workbook, `sheet` names the sheet to read (empty: the
    // first with any rows) and *sheets receives every sheet's name, so the user can choose.
    static Table load(const QByteArray &bytes, const QString &sheet, QString *error, QStringList *sheets = nullptr);
    // The header is the row among the first ten that names the most fields (a title row above it is skipped)
    static Table fromRows(QList<QStringList> rows);
    // Column index → field key, guessed from the header (姓名/name, 电话/手机/phone, 地址, 片区, 品类, 型号,
    // 序列号/条码, 购买日期, 经销商)
    static QHash<int, QString> guessMapping(const QStringList &header);

    struct Issue
    {
        int line; // as in the file (the row number a spreadsheet shows)
        QString reason;
    };
    // "Line 5: …" for a CSV, "Sheet 客户, row 5: …" for a workbook
    static QString describe(const Table &table, const Issue &issue);
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
