#pragma once

#include "print/PrintedForm.h"

#include <QCoreApplication>
#include <QString>

class QAbstractItemModel;

// Any table as it reads on screen, to a file: CSV in UTF-8 with a BOM (so spreadsheet programs show Chinese),
// one line per row; an Excel workbook (.xlsx, libxlsxwriter: numbers as numbers, money in a ¥ format, times as
// dates, a bold frozen header, columns wide enough for Chinese; ExportRoles says which column is which); or a
// printable A4 PDF with a title (QTextDocument through QPdfWriter, CJK fonts).
// Text a member of the public typed (names, notes) never runs as a formula: a CSV cell that begins with = + - @,
// a tab or a return is written with a leading apostrophe, and every text goes into a workbook as text.
class TableExport
{
    Q_DECLARE_TR_FUNCTIONS(TableExport)
public:
    static QByteArray csv(const QAbstractItemModel &model);
    static bool writeCsv(const QAbstractItemModel &model, const QString &path, QString *error = nullptr);
    // CSV or .xlsx by the path's suffix; `title` names the workbook's sheet
    static bool writeTable(const QAbstractItemModel &model, const QString &title, const QString &path,
                           QString *error = nullptr);
    // The save dialog's choices: Excel first, then CSV
    static QString fileFilters();
    // Each section is a heading and a table; the document has a title and a subtitle (period, when printed).
    struct Section
    {
        QString heading;
        const QAbstractItemModel *model = nullptr;
    };
    // `intro`: HTML between the subtitle and the tables (a complaint's particulars above its steps)
    static QString html(const QString &title, const QString &subtitle, const QList<Section> &sections,
                        const QString &intro = QString());
    // The same tables as a paper form (A4 landscape), for the print preview
    static PrintedForm form(const QString &kind, const QString &title, const QString &subtitle,
                            const QList<Section> &sections, const QString &intro = QString());
    // One sheet per section (named by its heading, or the title)
    static bool writeXlsx(const QString &title, const QList<Section> &sections, const QString &path,
                          QString *error = nullptr);
    static bool writePdf(const QString &title, const QString &subtitle, const QList<Section> &sections,
                         const QString &path, QString *error = nullptr);
};
