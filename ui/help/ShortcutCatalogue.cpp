#include "ShortcutCatalogue.h"

#include <QAbstractButton>
#include <QAction>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QShortcut>
#include <QTabWidget>
#include <algorithm>
#include <functional>

namespace {
QString plain(QString text)
{
    // "&Save call (Ctrl+Enter)" → "Save call"; "Solved &by phone" → "Solved by phone"; "保存来电(&S) (Ctrl+Enter)" →
    // "保存来电"
    static const QRegularExpression mnemonicGroup(QStringLiteral("[(（]&[^()（）][)）]"));
    text.remove(mnemonicGroup);
    text.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QStringLiteral("\x01"), QStringLiteral("&"));
    static const QRegularExpression keyNote(QStringLiteral("\\s*[(（][^()（）]*[)）]\\s*$"));
    text.remove(keyNote);
    return text.trimmed();
}

QString keyText(const QKeySequence &key)
{
    return key.toString(QKeySequence::NativeText);
}

// The ways a button may name a key: "Ctrl+Enter" for Ctrl+Return, "Enter" for Return
QStringList spellings(const QKeySequence &key)
{
    QStringList out{keyText(key), key.toString(QKeySequence::PortableText)};
    for (const QString &s : QStringList(out))
        if (s.contains(QLatin1String("Return")))
            out << QString(s).replace(QLatin1String("Return"), QLatin1String("Enter"));
    return out;
}

bool isMnemonic(const QAbstractButton *b)
{
    return !b->shortcut().isEmpty() && b->shortcut() == QKeySequence::mnemonic(b->text());
}

void add(QList<ShortcutCatalogue::Entry> &list, ShortcutCatalogue::Entry entry)
{
    // The keys stand in their own column: a tooltip's "(Ctrl+Q)" or "（F1）" is not said twice
    for (const QString &open : {QStringLiteral("("), QStringLiteral("（")}) {
        const QString close = open == QLatin1String("(") ? QStringLiteral(")") : QStringLiteral("）");
        entry.detail.remove(QLatin1Char(' ') + open + entry.keys + close);
        entry.detail.remove(open + entry.keys + close);
    }
    entry.detail = entry.detail.trimmed();
    // One row for keys that do the same thing (Ctrl+Return and Ctrl+Enter)
    for (ShortcutCatalogue::Entry &e : list) {
        if (e.area == entry.area && e.description == entry.description && !entry.description.isEmpty()) {
            if (!e.keys.split(QStringLiteral(" / ")).contains(entry.keys))
                e.keys += QStringLiteral(" / ") + entry.keys;
            return;
        }
        if (e.area == entry.area && e.keys == entry.keys)
            return;
    }
    list << entry;
}
} // namespace

QString ShortcutCatalogue::knownDescription(const QString &className, const QKeySequence &key)
{
    const QString k = key.toString(QKeySequence::PortableText);
    if (className == QLatin1String("CallbackQueueView")) {
        if (k == QLatin1String("Y"))
            return tr("Yes to the current question");
        if (k == QLatin1String("N"))
            return tr("No to the current question");
        if (k == QLatin1String("1"))
            return tr("Satisfied (满意)");
        if (k == QLatin1String("2"))
            return tr("Fairly satisfied (基本满意)");
        if (k == QLatin1String("3"))
            return tr("Dissatisfied (不满意)");
        if (k == QLatin1String("U"))
            return tr("Not reached: the next try is scheduled");
        if (k == QLatin1String("Backspace"))
            return tr("Back to the previous question");
        if (k == QLatin1String("Return") || k == QLatin1String("Enter"))
            return tr("Record the callback");
    }
    if (k == QLatin1String("Ctrl+F"))
        return tr("Go to the filter");
    return {};
}

QList<ShortcutCatalogue::Entry> ShortcutCatalogue::extras(const QString &className, const QString &area,
                                                          const QList<Entry> &found)
{
    QList<Entry> out;
    auto has = [&found](const QString &keys) {
        return std::any_of(found.cbegin(), found.cend(), [&keys](const Entry &e) { return e.keys.contains(keys); });
    };
    if (className == QLatin1String("IntakeForm")) {
        if (!has(QStringLiteral("Alt+1")))
            out << Entry{area, tr("Alt+1 … Alt+6"), tr("Use one of the faults most often reported for the category"),
                         tr("The quick fault buttons appear once a category is chosen")};
        out << Entry{area, tr("↓ / Enter"), tr("In the caller field: choose a known customer from the matches"), {}};
        out << Entry{area, tr("Esc"), tr("Close the list of matches"), {}};
    } else if (className == QLatin1String("DispatchBoard")) {
        out << Entry{area, tr("↑ / ↓"), tr("Choose a ticket on the board"), {}};
        out << Entry{area, tr("Enter"), tr("In the suggestions: assign the ticket to that technician"), {}};
    } else if (className == QLatin1String("CallbackQueueView")) {
        out << Entry{area, tr("↑ / ↓"), tr("Choose a callback in the queue"), {}};
    } else if (className == QLatin1String("AdminWorkspace")) {
        out << Entry{
            area, tr("Double-click or type"), tr("Change a name, amount, travel time or rule value in place"), {}};
    }
    return out;
}

QList<ShortcutCatalogue::Entry> ShortcutCatalogue::collectWidget(QWidget *page, const QString &area)
{
    QList<Entry> list;
    const QString className = QString::fromLatin1(page->metaObject()->className());
    const QList<QAbstractButton *> buttons = page->findChildren<QAbstractButton *>();
    auto describe = [&](const QKeySequence &key, const QString &own, const QString &ownDetail) -> Entry {
        Entry e{area, keyText(key), plain(own), ownDetail};
        if (!e.description.isEmpty())
            return e;
        // A button that names the key: "Contacted (C)", "&Save call (Ctrl+Enter)"
        for (const QAbstractButton *b : buttons) {
            for (const QString &spelling : spellings(key)) {
                if (b->text().contains(QLatin1Char('(') + spelling + QLatin1Char(')')) ||
                    b->text().contains(QStringLiteral("（") + spelling + QStringLiteral("）"))) {
                    e.description = plain(b->text());
                    e.detail = b->toolTip();
                    return e;
                }
            }
        }
        e.description = knownDescription(className, key);
        return e;
    };
    for (const QShortcut *s : page->findChildren<QShortcut *>()) {
        if (!s->isEnabled() || s->key().isEmpty())
            continue;
        add(list, describe(s->key(), s->whatsThis(), QString()));
    }
    for (const QAction *a : page->findChildren<QAction *>()) {
        for (const QKeySequence &key : a->shortcuts())
            add(list, describe(key, a->text(), a->toolTip() == plain(a->text()) ? QString() : a->toolTip()));
    }
    for (const QAbstractButton *b : buttons) {
        if (b->shortcut().isEmpty() || isMnemonic(b))
            continue;
        add(list, Entry{area, keyText(b->shortcut()), plain(b->text()), b->toolTip()});
    }
    for (const Entry &e : extras(className, area, list))
        add(list, e);
    return list;
}

QList<ShortcutCatalogue::Entry> ShortcutCatalogue::collect(QMainWindow *window)
{
    QList<Entry> list;
    // The menus: workspaces (F2…), new call, help, quit…
    std::function<void(QMenu *)> walk = [&](QMenu *menu) {
        const QString area = tr("Menu %1").arg(plain(menu->title()));
        for (QAction *a : menu->actions()) {
            if (a->menu()) {
                walk(a->menu());
                continue;
            }
            for (const QKeySequence &key : a->shortcuts())
                add(list, Entry{area, keyText(key), plain(a->text()),
                                a->toolTip() == plain(a->text()) ? QString() : a->toolTip()});
        }
    };
    for (QAction *a : window->menuBar()->actions())
        if (a->menu())
            walk(a->menu());
    // Each workspace
    if (auto *tabs = qobject_cast<QTabWidget *>(window->centralWidget())) {
        for (int i = 0; i < tabs->count(); ++i)
            list << collectWidget(tabs->widget(i), tabs->tabText(i).remove(QLatin1Char('&')));
    }
    return list;
}
