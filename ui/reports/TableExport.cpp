#include "TableExport.h"

#include <QAbstractItemModel>
#include <QFileInfo>
#include <QFont>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

namespace {
QString csvField(QString text)
{
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

QString TableExport::html(const QString &title, const QString &subtitle, const QList<Section> &sections)
{
    QString h = QStringLiteral("<html><body><h2>") + title.toHtmlEscaped() + QStringLiteral("</h2><p>") +
                subtitle.toHtmlEscaped() + QStringLiteral("</p>");
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
