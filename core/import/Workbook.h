#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

// An Excel workbook (.xlsx, Office Open XML) as text: every sheet's rows as the cells read on screen. The container
// is opened with minizip (zlib's, as libxlsxwriter uses), the XML read with QXmlStreamReader (no entity is resolved, so
// a hostile file cannot grow). Shared and inline strings, numbers written as numbers (13812345678.0 reads 13812345678),
// dates stored as serial numbers with a date format (read as YYYY-MM-DD, 1900 and 1904 systems), booleans, merged cells
// (the value fills the whole merged range, so a merged header names each of its columns). Formulas are never evaluated:
// the value the program that saved the file cached is read.
class Workbook
{
    Q_DECLARE_TR_FUNCTIONS(Workbook)
public:
    struct Sheet
    {
        QString name;
        QList<QStringList> rows; // row 1 of the sheet is rows[0]; empty rows are kept as empty lists
    };
    // Whether the bytes look like a workbook (a ZIP container) rather than text
    static bool looksLikeWorkbook(const QByteArray &bytes);
    // Every sheet, in the workbook's order. On failure an empty list and *error says what is wrong.
    static QList<Sheet> read(const QByteArray &bytes, QString *error);

    // Limits that keep a hostile file from taking the desk's memory
    static constexpr qint64 MaxPartBytes = 256ll * 1024 * 1024; // one uncompressed part (a sheet, the strings)
    static constexpr int MaxRows = 1'048'576;                   // Excel's own limit
    static constexpr int MaxColumns = 256;
};
