#include "TimelineDialog.h"

#include "DisplayText.h"
#include "rules/Labels.h"
#include "rules/TicketStates.h"
#include "service/DeskService.h"
#include "storage/ReportQueries.h"

#include <QCheckBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace {
// Ids that mean nothing to a reader: the story names the ticket, the customer and the appliance elsewhere
bool hidden(const QString &key)
{
    static const QStringList keys = {QStringLiteral("id"),
                                     QStringLiteral("customer_id"),
                                     QStringLiteral("product_id"),
                                     QStringLiteral("customer"),
                                     QStringLiteral("product"),
                                     QStringLiteral("callback"),
                                     QStringLiteral("complaint"),
                                     QStringLiteral("task"),
                                     QStringLiteral("version"),
                                     QStringLiteral("updated_at"),
                                     QStringLiteral("appointment"),
                                     QStringLiteral("ticket_id"),
                                     QStringLiteral("repeat_of"),
                                     QStringLiteral("mutation_id"),
                                     QStringLiteral("technician_name")}; // the technician is named already
    return keys.contains(key);
}

bool isTime(const QString &key)
{
    static const QStringList names = {QStringLiteral("appointment_start"),
                                      QStringLiteral("appointment_end"),
                                      QStringLiteral("deadline"),
                                      QStringLiteral("due"),
                                      QStringLiteral("at"),
                                      QStringLiteral("start_at"),
                                      QStringLiteral("end_at"),
                                      QStringLiteral("due_at"),
                                      QStringLiteral("parts_eta"),
                                      QStringLiteral("eta")};
    return names.contains(key) || key.endsWith(QLatin1String("_at")) ||
           (key.endsWith(QLatin1String("_by")) && key != QLatin1String("opened_by") &&
            key != QLatin1String("signed_by") && key != QLatin1String("approved_by"));
}

} // namespace

TimelineDialog::TimelineDialog(DeskService &desk, const QString &ticketId, QWidget *parent)
    : QDialog(parent), m_view(new QTextBrowser), m_changes(new QTextBrowser), m_showChanges(new QCheckBox)
{
    const auto ticket = desk.store().load(Store::Tickets, ticketId);
    const QString number = ticket ? ticket->value(QStringLiteral("number")).toString() : ticketId;
    setWindowTitle(tr("Timeline of %1").arg(number));
    setObjectName(QStringLiteral("timelineDialog"));
    m_offsetMinutes = desk.processor().settings().utcOffsetMinutes;
    for (const Record &u : desk.store().all(Store::Users, QStringLiteral("id")))
        m_names.insert(u.value(QStringLiteral("id")).toString(), u.value(QStringLiteral("name")).toString());
    for (const Record &t : desk.store().all(Store::Technicians, QStringLiteral("id")))
        m_names.insert(t.value(QStringLiteral("id")).toString(), t.value(QStringLiteral("name")).toString());
    ReportQueries queries(desk.store());
    auto who = [this](const QVariant &id) { return m_names.value(id.toString(), tr("someone")).toHtmlEscaped(); };
    auto when = [this](const QVariant &ms) { return DisplayText::dateTime(ms.toLongLong(), m_offsetMinutes); };

    QString html = QStringLiteral("<h3>") + number.toHtmlEscaped() + QStringLiteral("</h3><table cellspacing='4'>");
    for (const Record &e : queries.ticketEvents(ticketId)) {
        const QJsonObject data = QJsonDocument::fromJson(e.value(QStringLiteral("data")).toString().toUtf8()).object();
        QStringList details;
        for (auto it = data.begin(); it != data.end(); ++it) {
            if (hidden(it.key()))
                continue;
            const QString value = valueText(it.key(), it.value());
            if (!value.isEmpty())
                details << Labels::field(it.key()) + tr(": ") + value;
        }
        html += QStringLiteral("<tr><td>") + when(e.value(QStringLiteral("at"))) + QStringLiteral("</td><td>") +
                who(e.value(QStringLiteral("by"))) + QStringLiteral("</td><td><b>") +
                Labels::event(e.value(QStringLiteral("kind")).toString()).toHtmlEscaped() + QStringLiteral("</b> ") +
                details.join(tr("; ")).toHtmlEscaped() + QStringLiteral("</td></tr>");
    }
    html += QStringLiteral("</table>");
    m_view->setHtml(html);

    QString changes = QStringLiteral("<table cellspacing='4'>");
    for (const Record &a : queries.ticketAudit(ticketId)) {
        const QString field = a.value(QStringLiteral("field")).toString();
        if (hidden(field))
            continue;
        // The audit keeps values as text; numbers come back as numbers so that times and money read right
        auto value = [](const QVariant &v) {
            bool isNumber = false;
            const qint64 n = v.toString().toLongLong(&isNumber);
            return v.isNull() ? QJsonValue() : isNumber ? QJsonValue(n) : QJsonValue(v.toString());
        };
        const QString before = valueText(field, value(a.value(QStringLiteral("old_value"))));
        const QString after = valueText(field, value(a.value(QStringLiteral("new_value"))));
        changes += QStringLiteral("<tr><td>") + when(a.value(QStringLiteral("at"))) + QStringLiteral("</td><td>") +
                   who(a.value(QStringLiteral("by"))) + QStringLiteral("</td><td>") +
                   Labels::field(field).toHtmlEscaped() + QStringLiteral("</td><td>") +
                   (before.isEmpty() ? tr("(none)") : before).toHtmlEscaped() + QStringLiteral(" → ") +
                   (after.isEmpty() ? tr("(none)") : after).toHtmlEscaped() + QStringLiteral("</td></tr>");
    }
    changes += QStringLiteral("</table>");
    m_changes->setHtml(changes);
    m_changes->setAccessibleName(tr("Every changed field"));
    m_view->setAccessibleName(tr("What happened to the ticket"));
    m_showChanges->setText(tr("Show every changed &field"));
    m_changes->hide();
    connect(m_showChanges, &QCheckBox::toggled, m_changes, &QWidget::setVisible);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_view, 2);
    layout->addWidget(m_showChanges);
    layout->addWidget(m_changes, 1);
    layout->addWidget(buttons);
    resize(760, 560);
}

QString TimelineDialog::valueText(const QString &key, const QJsonValue &value) const
{
    if (value.isNull() || value.isUndefined())
        return {};
    if (value.isBool())
        return value.toBool() ? tr("yes") : tr("no");
    if (value.isArray()) {
        QStringList items;
        for (const QJsonValue &v : value.toArray())
            items << valueText(key, v);
        items.removeAll(QString());
        return items.join(tr(", "));
    }
    if (value.isObject()) {
        QStringList items;
        const QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            if (!hidden(it.key()))
                items << Labels::field(it.key()) + tr(": ") + valueText(it.key(), it.value());
        return items.join(tr(", "));
    }
    if (value.isDouble()) {
        const qint64 n = qint64(value.toDouble());
        // Yes/no answers come back from the audit as 1 and 0
        static const QStringList answers = {QStringLiteral("reached"),       QStringLiteral("solved"),
                                            QStringLiteral("on_time"),       QStringLiteral("behaviour_ok"),
                                            QStringLiteral("paid"),          QStringLiteral("customer_consent"),
                                            QStringLiteral("refused_entry"), QStringLiteral("helper")};
        if (answers.contains(key) && (n == 0 || n == 1))
            return n == 1 ? tr("yes") : tr("no");
        if (isTime(key))
            return DisplayText::dateTime(n, m_offsetMinutes);
        if (key.endsWith(QLatin1String("_fen")))
            return DisplayText::money(n);
        return QString::number(value.toDouble());
    }
    const QString text = value.toString();
    if (const QString label = Labels::value(key, text); label != text)
        return label;
    if (m_names.contains(text)) // a technician or a user, whatever the field is called ("from", "to", "owner")
        return m_names.value(text);
    if (key == QLatin1String("state") || key == QLatin1String("from") || key == QLatin1String("to"))
        return TicketStates::label(text);
    // A time written out ("2026-11-22T14:00:00+08:00"): as the rest of the story writes times
    const QDateTime written = QDateTime::fromString(text, Qt::ISODate);
    if (written.isValid() && text.contains(QLatin1Char('T')))
        return DisplayText::dateTime(written.toMSecsSinceEpoch(), m_offsetMinutes);
    if (key == QLatin1String("priority"))
        return DisplayText::priority(text);
    if (key == QLatin1String("kind"))
        return DisplayText::kind(text);
    if (key == QLatin1String("warranty"))
        return DisplayText::warranty(text);
    if (key == QLatin1String("flags"))
        return DisplayText::flags(text);
    return text;
}

void TimelineDialog::showChanges(bool shown)
{
    m_showChanges->setChecked(shown);
}

QString TimelineDialog::text() const
{
    return m_view->toPlainText() +
           (m_changes->isVisibleTo(this) ? QStringLiteral("\n") + m_changes->toPlainText() : QString());
}
