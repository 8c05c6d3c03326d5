#include "LanguageMenu.h"

#include <QActionGroup>
#include <QSettings>

namespace {
const char kKey[] = "ui/language";
}

LanguageMenu::LanguageMenu(QWidget *parent) : QMenu(parent), m_group(new QActionGroup(this))
{
    setTitle(tr("&Language (from the next start)"));
    setObjectName(QStringLiteral("languageMenu"));
    setToolTipsVisible(true);
    const QString current = storedLanguage();
    // Each language named in itself, so anyone can find theirs whatever the desk shows now
    const QList<QPair<QString, QString>> languages = {{QStringLiteral("中文 (简体)"), QStringLiteral("zh_CN")},
                                                      {QStringLiteral("English"), QStringLiteral("en")},
                                                      {tr("Follow the system"), QString()}};
    for (const auto &l : languages) {
        QAction *a = addAction(l.first);
        a->setCheckable(true);
        a->setData(l.second);
        a->setChecked(l.second == current);
        a->setToolTip(tr("Dispatch Desk starts in this language next time"));
        m_group->addAction(a);
        const QString code = l.second;
        connect(a, &QAction::triggered, this, [this, code] { choose(code); });
    }
}

QString LanguageMenu::storedLanguage()
{
    return QSettings().value(QLatin1String(kKey)).toString();
}

void LanguageMenu::storeLanguage(const QString &code)
{
    QSettings settings;
    if (code.isEmpty())
        settings.remove(QLatin1String(kKey));
    else
        settings.setValue(QLatin1String(kKey), code);
    settings.sync();
}

void LanguageMenu::choose(const QString &code)
{
    storeLanguage(code);
    for (QAction *a : m_group->actions())
        a->setChecked(a->data().toString() == code);
    emit languageChosen(code);
}
