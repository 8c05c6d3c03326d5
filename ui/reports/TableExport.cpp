#include "TableExport.h"

#include "models/ExportRoles.h"

#include <QAbstractItemModel>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QFont>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSet>
#include <QTextDocument>
#include <xlsxwriter.h>

namespace {
// A cell a spreadsheet would take for a formula (=1+1, +86…, -2, @SUM, a leading tab or return) stays text
bool looksLikeFormula(const QString &text)
{
    if (text.isEmpty())
        return false;
    const QChar c = text.at(0);
    return c == QLatin1Char('=') || c == QLatin1Char('+') || c == QLatin1Char('-') || c == QLatin1Char('@') ||
           c == QLatin1Char('\t') || c == QLatin1Char('\r');
}

QString csvField(QString text)
{
    if (looksLikeFormula(text))
        text.prepend(QLatin1Char('\''));
    if (text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"')) || text.contains(QLatin1Char('\n'))) {
        text.replace(QStringLiteral("\""), QStringLiteral("\"\""));
        return QLatin1Char('"') + text + QLatin1Char('"');
    }
    return text;
}
} // namespace

QByteArray TableExport::csv(const QAbstractItemModel &model)
{
    QString out;
    QStringList fields;
    for (int c = 0; c < model.columnCount(); ++c)
        fields << csvField(model.headerData(c, Qt::Horizontal, Qt::DisplayRole).toString());
    out += fields.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    for (int r = 0; r < model.rowCount(); ++r) {
        fields.clear();
        for (int c = 0; c < model.columnCount(); ++c)
            fields << csvField(model.index(r, c).data(Qt::DisplayRole).toString());
        out += fields.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    }
    return QByteArray("\xEF\xBB\xBF") + out.toUtf8();
}

bool TableExport::writeCsv(const QAbstractItemModel &model, const QString &path, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(csv(model)) < 0 || !file.commit()) {
        if (error)
            *error = tr("Could not write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

QString TableExport::fileFilters()
{
    return tr("Excel workbook (*.xlsx)") + QStringLiteral(";;") + tr("CSV (*.csv)");
}

bool TableExport::writeTable(const QAbstractItemModel &model, const QString &title, const QString &path, QString *error)
{
    if (path.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive))
        return writeXlsx(title, {Section{title, &model}}, path, error);
    return writeCsv(model, path, error);
}

namespace {
// Display width of a text in a spreadsheet's character units: a Chinese character takes two
double textWidth(const QString &text)
{
    double w = 0;
    for (const QChar c : text)
        w += c.unicode() >= 0x2E80 ? 2.1 : 1.1;
    return w;
}

QString sheetName(QString name, QSet<QString> *taken)
{
    static const QString forbidden = QStringLiteral("[]:*?/\\");
    for (QChar &c : name)
        if (forbidden.contains(c))
            c = QLatin1Char(' ');
    name = name.trimmed().left(28);
    if (name.isEmpty())
        name = QStringLiteral("Sheet");
    QString unique = name;
    for (int i = 2; taken->contains(unique.toLower()); ++i)
        unique = name + QString::number(i);
    taken->insert(unique.toLower());
    return unique;
}
} // namespace

bool TableExport::writeXlsx(const QString &title, const QList<Section> &sections, const QString &path, QString *error)
{
    // libxlsxwriter writes the file itself: to a temporary name beside it, renamed when complete
    const QString partial = path + QStringLiteral(".part");
    QFile::remove(partial);
    const QByteArray partialName = QFile::encodeName(partial);
    lxw_workbook_options options{};
    options.constant_memory = LXW_FALSE;
    lxw_workbook *book = workbook_new_opt(partialName.constData(), &options);
    if (!book) {
        if (error)
            *error = tr("Could not write %1.").arg(path);
        return false;
    }
    lxw_format *header = workbook_add_format(book);
    format_set_bold(header);
    format_set_bg_color(header, 0xEEEEEE);
    format_set_border(header, LXW_BORDER_THIN);
    format_set_text_wrap(header);
    lxw_format *money = workbook_add_format(book);
    format_set_num_format(money, "\"¥\"#,##0.00");
    lxw_format *percent = workbook_add_format(book);
    format_set_num_format(percent, "0.0%");
    lxw_format *minutes = workbook_add_format(book);
    format_set_num_format(minutes, "0.0");
    lxw_format *dateTime = workbook_add_format(book);
    format_set_num_format(dateTime, "yyyy-mm-dd hh:mm");
    QByteArray titleUtf8 = title.toUtf8();
    QByteArray author("Dispatch Desk");
    lxw_doc_properties properties{};
    properties.title = titleUtf8.data();
    properties.author = author.data();
    workbook_set_properties(book, &properties);

    QSet<QString> taken;
    for (const Section &section : sections) {
        const QAbstractItemModel &m = *section.model;
        const QByteArray name = sheetName(section.heading.isEmpty() ? title : section.heading, &taken).toUtf8();
        lxw_worksheet *sheet = workbook_add_worksheet(book, name.constData());
        QList<double> widths;
        QList<int> kinds;
        for (int c = 0; c < m.columnCount(); ++c) {
            const QString text = m.headerData(c, Qt::Horizontal, Qt::DisplayRole).toString();
            worksheet_write_string(sheet, 0, lxw_col_t(c), text.toUtf8().constData(), header);
            widths << textWidth(text);
            kinds << m.headerData(c, Qt::Horizontal, ExportRoles::ColumnKindRole).toInt();
        }
        for (int r = 0; r < m.rowCount(); ++r) {
            for (int c = 0; c < m.columnCount(); ++c) {
                const QModelIndex index = m.index(r, c);
                const int kind = kinds.at(c);
                const lxw_row_t row = lxw_row_t(r + 1);
                const QVariant value = kind == ExportRoles::Text ? QVariant() : index.data(ExportRoles::ValueRole);
                if (kind != ExportRoles::Text && value.isNull())
                    continue; // nothing to count: an empty cell, not a zero
                if (kind == ExportRoles::DateTime && value.canConvert<QDateTime>()) {
                    const QDateTime t = value.toDateTime();
                    lxw_datetime when{t.date().year(), t.date().month(),  t.date().day(),
                                      t.time().hour(), t.time().minute(), double(t.time().second())};
                    worksheet_write_datetime(sheet, row, lxw_col_t(c), &when, dateTime);
                    widths[c] = std::max(widths.at(c), 17.0);
                    continue;
                }
                if (kind != ExportRoles::Text && kind != ExportRoles::DateTime) {
                    lxw_format *format = kind == ExportRoles::Money     ? money
                                         : kind == ExportRoles::Percent ? percent
                                         : kind == ExportRoles::Minutes ? minutes
                                                                        : nullptr;
                    worksheet_write_number(sheet, row, lxw_col_t(c), value.toDouble(), format);
                    widths[c] = std::max(widths.at(c), textWidth(index.data(Qt::DisplayRole).toString()));
                    continue;
                }
                const QString text = index.data(Qt::DisplayRole).toString();
                if (!text.isEmpty()) // a string cell: shown as typed, never calculated
                    worksheet_write_string(sheet, row, lxw_col_t(c), text.toUtf8().constData(), nullptr);
                widths[c] = std::max(widths.at(c), textWidth(text));
            }
        }
        for (int c = 0; c < widths.size(); ++c)
            worksheet_set_column(sheet, lxw_col_t(c), lxw_col_t(c), std::min(widths.at(c) + 2, 60.0), nullptr);
        worksheet_freeze_panes(sheet, 1, 0);
        if (m.columnCount() > 0)
            worksheet_autofilter(sheet, 0, 0, lxw_row_t(m.rowCount()), lxw_col_t(m.columnCount() - 1));
    }
    const lxw_error result = workbook_close(book);
    if (result != LXW_NO_ERROR || !QFile::exists(partial)) {
        QFile::remove(partial);
        if (error)
            *error = tr("Could not write %1: %2").arg(path, QString::fromUtf8(lxw_strerror(result)));
        return false;
    }
    QFile::remove(path);
    if (!QFile::rename(partial, path)) {
        QFile::remove(partial);
        if (error)
            *error = tr("Could not write %1.").arg(path);
        return false;
    }
    return true;
}

QString TableExport::html(const QString &title, const QString &subtitle, const QList<Section> &sections,
                          const QString &intro)
{
    QString h = QStringLiteral("<html><body><h2>") + title.toHtmlEscaped() + QStringLiteral("</h2><p>") +
                subtitle.toHtmlEscaped() + QStringLiteral("</p>") + intro;
    for (const Section &s : sections) {
        if (!s.heading.isEmpty())
            h += QStringLiteral("<h3>") + s.heading.toHtmlEscaped() + QStringLiteral("</h3>");
        const QAbstractItemModel &m = *s.model;
        h += QStringLiteral("<table border='1' cellspacing='0' cellpadding='3' width='100%'><tr>");
        for (int c = 0; c < m.columnCount(); ++c)
            h += QStringLiteral("<th bgcolor='#eeeeee'>") +
                 m.headerData(c, Qt::Horizontal, Qt::DisplayRole).toString().toHtmlEscaped() + QStringLiteral("</th>");
        h += QStringLiteral("</tr>");
        for (int r = 0; r < m.rowCount(); ++r) {
            h += QStringLiteral("<tr>");
            for (int c = 0; c < m.columnCount(); ++c)
                h += QStringLiteral("<td>") + m.index(r, c).data(Qt::DisplayRole).toString().toHtmlEscaped() +
                     QStringLiteral("</td>");
            h += QStringLiteral("</tr>");
        }
        if (m.rowCount() == 0)
            h += QStringLiteral("<tr><td colspan='%1'>").arg(m.columnCount()) + tr("Nothing to list.").toHtmlEscaped() +
                 QStringLiteral("</td></tr>");
        h += QStringLiteral("</table>");
    }
    return h + QStringLiteral("</body></html>");
}

PrintedForm TableExport::form(const QString &kind, const QString &title, const QString &subtitle,
                              const QList<Section> &sections, const QString &intro)
{
    return PrintedForm{kind, title, html(title, subtitle, sections, intro), QPageSize::A4, QPageLayout::Landscape};
}

bool TableExport::writePdf(const QString &title, const QString &subtitle, const QList<Section> &sections,
                           const QString &path, QString *error)
{
    QPdfWriter writer(path);
    writer.setTitle(title);
    writer.setCreator(QStringLiteral("Dispatch Desk"));
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageOrientation(QPageLayout::Landscape);
    writer.setPageMargins(QMarginsF(12, 12, 12, 12), QPageLayout::Millimeter);
    writer.setResolution(150);
    QTextDocument doc;
    QFont font(QStringLiteral("Noto Sans CJK SC"));
    font.setPointSizeF(8.5);
    doc.setDefaultFont(font);
    doc.setHtml(html(title, subtitle, sections));
    doc.print(&writer);
    if (QFileInfo(path).size() <= 0) {
        if (error)
            *error = tr("Could not write %1.").arg(path);
        return false;
    }
    return true;
}
