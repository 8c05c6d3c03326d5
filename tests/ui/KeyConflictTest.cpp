// No two things in one workspace answer the same key: the Alt+letter of every label, button and menu, and every
// shortcut, is unique where it can be pressed. Checked in English and in Chinese (their letters differ).
#include "MainWindow.h"
#include "help/ShortcutCatalogue.h"
#include "service/DeskService.h"

#include <QAbstractButton>
#include <QApplication>
#include <QLabel>
#include <QMenuBar>
#include <QRegularExpression>
#include <QShortcut>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTranslator>
#include <catch2/catch.hpp>
#include <functional>

namespace {
// The letter after a lone '&' ("故障描述(&D)" → D), upper case; empty when none
QString mnemonic(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("&([^&\\s])"));
    const QRegularExpressionMatch m = re.match(QString(text).replace(QStringLiteral("&&"), QString()));
    return m.hasMatch() ? m.captured(1).toUpper() : QString();
}

QStringList conflicts(MainWindow &window)
{
    QStringList found;
    QHash<QString, QString> menus; // Alt+letter → the menu that has it
    for (QAction *a : window.menuBar()->actions())
        if (!mnemonic(a->text()).isEmpty())
            menus.insert(mnemonic(a->text()), a->text());
    auto *tabs = qobject_cast<QTabWidget *>(window.centralWidget());
    REQUIRE(tabs);
    for (int i = 0; i < tabs->count(); ++i) {
        QWidget *page = tabs->widget(i);
        QHash<QString, QString> keys = menus;
        auto take = [&](const QString &key, const QString &what) {
            if (key.isEmpty())
                return;
            if (keys.contains(key) && keys.value(key) != what)
                found << QStringLiteral("%1: Alt+%2 is both \"%3\" and \"%4\"")
                             .arg(tabs->tabText(i), key, keys.value(key), what);
            keys.insert(key, what);
        };
        // What can be pressed at once: the controls of the page that are not on another page of a stack inside it
        for (QLabel *l : page->findChildren<QLabel *>())
            if (l->buddy() && l->isVisibleTo(page))
                take(mnemonic(l->text()), l->text());
        for (QAbstractButton *b : page->findChildren<QAbstractButton *>())
            if (b->isVisibleTo(page))
                take(mnemonic(b->text()), b->text());
        QHash<QString, QString> shortcuts;
        for (QShortcut *s : page->findChildren<QShortcut *>()) {
            const QString key = s->key().toString();
            const QString where = s->parent() ? s->parent()->objectName() : QString();
            const QString what = where + QLatin1Char(':') + s->whatsThis();
            // Keys bound to one widget (Qt::WidgetShortcut) only meet the others of that widget
            const QString scope = s->context() == Qt::WidgetShortcut ? where + QLatin1Char('/') + key : key;
            if (shortcuts.contains(scope) && s->context() != Qt::WidgetShortcut)
                found << QStringLiteral("%1: %2 is bound twice").arg(tabs->tabText(i), key);
            shortcuts.insert(scope, what);
        }
    }
    return found;
}
} // namespace

// The main window of an empty desk in English, then in Chinese
static void inEachLanguage(const std::function<void(const char *language, MainWindow &window)> &check)
{
    for (const char *language : {"en", "zh_CN"}) {
        QTranslator translator;
        if (QLatin1String(language) == QLatin1String("zh_CN"))
            REQUIRE(translator.load(QStringLiteral(":/i18n/dispatchdesk_zh_CN.qm")));
        QApplication::installTranslator(&translator);
        QTemporaryDir dir;
        DeskService desk;
        REQUIRE(desk.open(dir.filePath(QStringLiteral("desk.sqlite"))));
        MainWindow window(desk);
        check(language, window);
        QApplication::removeTranslator(&translator);
    }
}

TEST_CASE("No two controls of a workspace share an Alt+letter or a key, in English and in Chinese", "[ui][keys]")
{
    inEachLanguage([](const char *language, MainWindow &window) {
        const QStringList found = conflicts(window);
        INFO(language << ": " << found.join(QLatin1Char('\n')).toStdString());
        CHECK(found.isEmpty());
    });
}

TEST_CASE("Every key in the F1 list says what it does, in English and in Chinese", "[ui][keys]")
{
    inEachLanguage([](const char *language, MainWindow &window) {
        const QList<ShortcutCatalogue::Entry> entries = ShortcutCatalogue::collect(&window);
        CHECK(entries.size() > 40); // the menus and every workspace were read
        QStringList silent;
        for (const ShortcutCatalogue::Entry &e : entries)
            if (e.description.trimmed().isEmpty() || e.description.trimmed() == e.keys)
                silent << e.area + QStringLiteral(": ") + e.keys;
        INFO(language << ": keys with no description:\n" << silent.join(QLatin1Char('\n')).toStdString());
        CHECK(silent.isEmpty());
    });
}
