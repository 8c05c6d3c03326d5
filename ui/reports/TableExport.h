#pragma once

#include <QCoreApplication>
#include <QString>

class QAbstractItemModel;

// Any table as it reads on screen, to a file: CSV in UTF-8 with a BOM (so spreadsheet programs show Chinese),
// one line per row; or a printable A4 PDF with a title (QTextDocument through QPdfWriter, CJK fonts).
class TableExport
{
    Q_DECLARE_TR_FUNCTIONS(TableExport)
public:
    static QByteArray csv(const QAbstractItemModel &model);
    static bool writeCsv(const QAbstractItemModel &model, const QString &path, QString *error = nullptr);
    // Each section is a heading and a table; the document has a title and a subtitle (period, when printed).
    struct Section
    {
        QString heading;
        const QAbstractItemModel *model = nullptr;
    };
    static QString html(const QString &title, const QString &subtitle, const QList<Section> &sections);
    static bool writePdf(const QString &title, const QString &subtitle, const QList<Section> &sections,
                         const QString &path, QString *error = nullptr);
};
