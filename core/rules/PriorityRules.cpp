#include "PriorityRules.h"

#include <QStringList>

namespace PriorityRules {

namespace {
const QStringList &priorities()
{
    static const QStringList list = {QStringLiteral("urgent"), QStringLiteral("high"), QStringLiteral("normal"),
                                     QStringLiteral("scheduled")};
    return list;
}

bool containsAny(const QString &text, const QStringList &words)
{
    for (const QString &w : words)
        if (text.contains(w, Qt::CaseInsensitive))
            return true;
    return false;
}
} // namespace

QString suggest(const QString &kind, const QString &category, const QString &fault)
{
    static const QStringList safety = {
        QStringLiteral("煤气"), QStringLiteral("燃气"),  QStringLiteral("漏气"),  QStringLiteral("气味"),
        QStringLiteral("冒烟"), QStringLiteral("烟雾"),  QStringLiteral("火花"),  QStringLiteral("打火"),
        QStringLiteral("着火"), QStringLiteral("起火"),  QStringLiteral("焦味"),  QStringLiteral("漏电"),
        QStringLiteral("触电"), QStringLiteral("漏水"),  QStringLiteral("跑水"),  QStringLiteral("水漫"),
        QStringLiteral("淹"),   QStringLiteral("gas"),   QStringLiteral("smoke"), QStringLiteral("spark"),
        QStringLiteral("fire"), QStringLiteral("flood"), QStringLiteral("leak"),  QStringLiteral("shock")};
    static const QStringList essential = {
        QStringLiteral("不制冷"),   QStringLiteral("不冷"),        QStringLiteral("不制热"),
        QStringLiteral("没有热水"), QStringLiteral("不出热水"),    QStringLiteral("无热水"),
        QStringLiteral("不加热"),   QStringLiteral("不出水"),      QStringLiteral("不启动"),
        QStringLiteral("无法开机"), QStringLiteral("not cooling"), QStringLiteral("no hot water"),
        QStringLiteral("no water"), QStringLiteral("won't start"), QStringLiteral("not heating")};
    if (containsAny(fault, safety))
        return QStringLiteral("urgent");
    if (containsAny(fault, essential))
        return QStringLiteral("high");
    if (kind == QLatin1String("maintenance") || kind == QLatin1String("install") || kind == QLatin1String("relocation"))
        return QStringLiteral("scheduled");
    Q_UNUSED(category)
    return QStringLiteral("normal");
}

bool isValid(const QString &priority)
{
    return priorities().contains(priority);
}

int rank(const QString &priority)
{
    const int i = priorities().indexOf(priority);
    return i < 0 ? 2 : i;
}

QString raised(const QString &priority)
{
    return priorities().at(qMax(0, rank(priority) - 1));
}

} // namespace PriorityRules
