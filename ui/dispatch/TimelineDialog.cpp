#include "TimelineDialog.h"

#include "DisplayText.h"
#include "service/DeskService.h"
#include "storage/ReportQueries.h"

#include <QDialogButtonBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextBrowser>
#include <QVBoxLayout>

TimelineDialog::TimelineDialog(DeskService &desk, const QString &ticketId, QWidget *parent)
    : QDialog(parent), m_view(new QTextBrowser)
{
    const auto ticket = desk.store().load(Store::Tickets, ticketId);
    const QString number = ticket ? ticket->value(QStringLiteral("number")).toString() : ticketId;
    setWindowTitle(tr("Timeline of %1").arg(number));
    setObjectName(QStringLiteral("timelineDialog"));
    const int offset = desk.processor().settings().utcOffsetMinutes;
    ReportQueries queries(desk.store());
    QHash<QString, QString> userNames;
    for (const Record &u : desk.store().all(Store::Users, QStringLiteral("id")))
        userNames.insert(u.value(QStringLiteral("id")).toString(), u.value(QStringLiteral("name")).toString());
    auto who = [&userNames](const QVariant &id) {
        return userNames.value(id.toString(), id.toString()).toHtmlEscaped();
    };
    QString html = QStringLiteral("<h3>") + number.toHtmlEscaped() + QStringLiteral("</h3><table cellspacing='4'>");
    for (const Record &e : queries.ticketEvents(ticketId)) {
        const QJsonObject data = QJsonDocument::fromJson(e.value(QStringLiteral("data")).toString().toUtf8()).object();
        QStringList details;
        for (auto it = data.begin(); it != data.end(); ++it) {
            const QString value =
                it.value().isString()
                    ? it.value().toString()
                    : QString::fromUtf8(QJsonDocument(QJsonArray{it.value()}).toJson(QJsonDocument::Compact))
                          .mid(1)
                          .chopped(1);
            if (!value.isEmpty() && value != QLatin1String("\"\""))
                details << it.key() + QStringLiteral(": ") + value;
        }
        html += QStringLiteral("<tr><td>") + DisplayText::dateTime(e.value(QStringLiteral("at")).toLongLong(), offset) +
                QStringLiteral("</td><td>") + who(e.value(QStringLiteral("by"))) + QStringLiteral("</td><td><b>") +
                e.value(QStringLiteral("kind")).toString().toHtmlEscaped() + QStringLiteral("</b> ") +
                details.join(QStringLiteral("; ")).toHtmlEscaped() + QStringLiteral("</td></tr>");
    }
    html += QStringLiteral("</table><h4>") + tr("Changed fields").toHtmlEscaped() +
            QStringLiteral("</h4><table cellspacing='4'>");
    for (const Record &a : queries.ticketAudit(ticketId)) {
        html += QStringLiteral("<tr><td>") + DisplayText::dateTime(a.value(QStringLiteral("at")).toLongLong(), offset) +
                QStringLiteral("</td><td>") + who(a.value(QStringLiteral("by"))) + QStringLiteral("</td><td>") +
                a.value(QStringLiteral("entity")).toString().toHtmlEscaped() + QLatin1Char('.') +
                a.value(QStringLiteral("field")).toString().toHtmlEscaped() + QStringLiteral("</td><td>") +
                a.value(QStringLiteral("old_value")).toString().toHtmlEscaped() + QStringLiteral(" → ") +
                a.value(QStringLiteral("new_value")).toString().toHtmlEscaped() + QStringLiteral("</td></tr>");
    }
    html += QStringLiteral("</table>");
    m_view->setHtml(html);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_view);
    layout->addWidget(buttons);
    resize(760, 560);
}

QString TimelineDialog::text() const
{
    return m_view->toPlainText();
}
