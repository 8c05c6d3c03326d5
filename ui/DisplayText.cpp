#include "DisplayText.h"

#include "domain/TimeFormat.h"

#include <QHash>
#include <QStringList>

QString DisplayText::priority(const QString &p)
{
    if (p == QLatin1String("urgent"))
        return tr("Urgent");
    if (p == QLatin1String("high"))
        return tr("High");
    if (p == QLatin1String("scheduled"))
        return tr("Scheduled");
    return tr("Normal");
}

QString DisplayText::kind(const QString &k)
{
    static const QHash<QString, const char *> kinds = {{QStringLiteral("repair"), QT_TR_NOOP("Repair")},
                                                       {QStringLiteral("install"), QT_TR_NOOP("Installation")},
                                                       {QStringLiteral("maintenance"), QT_TR_NOOP("Maintenance")},
                                                       {QStringLiteral("relocation"), QT_TR_NOOP("Relocation")},
                                                       {QStringLiteral("consultation"), QT_TR_NOOP("Consultation")},
                                                       {QStringLiteral("complaint"), QT_TR_NOOP("Complaint")}};
    const auto it = kinds.constFind(k);
    return it == kinds.constEnd() ? k : tr(*it);
}

QString DisplayText::flag(const QString &f)
{
    static const QHash<QString, const char *> flags = {
        {QStringLiteral("needs_verification"), QT_TR_NOOP("needs verification")},
        {QStringLiteral("repeat"), QT_TR_NOOP("repeat repair")},
        {QStringLiteral("reminder"), QT_TR_NOOP("reminder call")},
        {QStringLiteral("late"), QT_TR_NOOP("late")},
        {QStringLiteral("manager_followup"), QT_TR_NOOP("manager follow-up")},
        {QStringLiteral("manager_visit"), QT_TR_NOOP("manager visit")},
        {QStringLiteral("apology_pending"), QT_TR_NOOP("apology answer owed")},
        {QStringLiteral("not_home"), QT_TR_NOOP("customer was not at home")},
        {QStringLiteral("unreachable"), QT_TR_NOOP("unreachable")},
        {QStringLiteral("loaner_out"), QT_TR_NOOP("loaner out")},
        {QStringLiteral("unpaid"), QT_TR_NOOP("unpaid")},
        {QStringLiteral("reopened"), QT_TR_NOOP("reopened")},
        {QStringLiteral("support_requested"), QT_TR_NOOP("support requested")},
        {QStringLiteral("callback_unreachable"), QT_TR_NOOP("callback unreachable")}};
    const auto it = flags.constFind(f);
    return it == flags.constEnd() ? f : tr(*it);
}

QString DisplayText::flags(const QString &spaceSeparated)
{
    QStringList out;
    for (const QString &f : spaceSeparated.split(QLatin1Char(' '), Qt::SkipEmptyParts))
        out << flag(f);
    return out.join(tr(", "));
}

QString DisplayText::deadline(const QString &kind)
{
    if (kind == QLatin1String("contact_by"))
        return tr("contact");
    if (kind == QLatin1String("on_site_by"))
        return tr("on site");
    if (kind == QLatin1String("callback_by"))
        return tr("callback");
    if (kind == QLatin1String("dispatch_by"))
        return tr("dispatch");
    if (kind == QLatin1String("parts_eta"))
        return tr("parts due");
    return kind;
}

QString DisplayText::warranty(const QString &status)
{
    if (status == QLatin1String("in"))
        return tr("in warranty");
    if (status == QLatin1String("out"))
        return tr("out of warranty");
    if (status == QLatin1String("contract"))
        return tr("service contract");
    return tr("unknown: check the invoice");
}

QString DisplayText::money(qint64 fen)
{
    return tr("¥%1").arg(QString::number(double(fen) / 100.0, 'f', 2));
}

QString DisplayText::timeLeft(qint64 ms)
{
    const qint64 minutes = (ms >= 0 ? ms : -ms) / 60000;
    const QString span = minutes >= 60 ? tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60, 2, 10, QLatin1Char('0'))
                                       : tr("%1 min").arg(minutes);
    return ms >= 0 ? span : tr("overdue %1").arg(span);
}

QString DisplayText::dateTime(qint64 ms, int utcOffsetMinutes)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::OffsetFromUTC, utcOffsetMinutes * 60)
        .toString(QStringLiteral("MM-dd HH:mm"));
}

QString DisplayText::fullDateTime(qint64 ms, int utcOffsetMinutes)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::OffsetFromUTC, utcOffsetMinutes * 60)
        .toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString DisplayText::alert(const QString &kind)
{
    if (kind == QLatin1String("sla_breached"))
        return tr("on-site deadline missed");
    if (kind == QLatin1String("sla_at_risk"))
        return tr("on-site deadline at risk");
    if (kind == QLatin1String("contact_overdue"))
        return tr("customer not yet contacted");
    if (kind == QLatin1String("unreachable"))
        return tr("customer unreachable");
    if (kind == QLatin1String("late_arrival"))
        return tr("late arrival: record the customer's answer to the apology");
    if (kind == QLatin1String("dispatch_overdue"))
        return tr("not yet dispatched");
    if (kind == QLatin1String("parts_overdue"))
        return tr("parts later than expected");
    if (kind == QLatin1String("not_home_again"))
        return tr("customer not at home again");
    if (kind == QLatin1String("loaner_not_returned"))
        return tr("loaner still with the customer");
    if (kind == QLatin1String("task_overdue"))
        return tr("manager's task overdue");
    return tr("callback overdue");
}
