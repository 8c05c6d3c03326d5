#pragma once

#include <QCoreApplication>
#include <QKeySequence>
#include <QList>
#include <QString>

class QMainWindow;
class QWidget;

// Every keyboard shortcut of the console, read from the window itself so the list stays current: the menus'
// actions, and in each workspace its QShortcuts, actions and buttons with a shortcut. A key is described by its
// own help text, else by the button that names it ("Contacted (C)"), else by a short text kept here; keys that
// are not shortcut objects (arrows in a list, the quick fault buttons before a category is chosen) are added.
class ShortcutCatalogue
{
    Q_DECLARE_TR_FUNCTIONS(ShortcutCatalogue)
public:
    struct Entry
    {
        QString area; // a menu or a workspace ("Intake (F2)")
        QString keys; // as shown: "Ctrl+Return / Ctrl+Enter"
        QString description;
        QString detail; // a tooltip, when there is one
    };

    static QList<Entry> collect(QMainWindow *window);
    // The shortcuts of one workspace page
    static QList<Entry> collectWidget(QWidget *page, const QString &area);

private:
    static QString knownDescription(const QString &className, const QKeySequence &key);
    static QList<Entry> extras(const QString &className, const QString &area, const QList<Entry> &found);
};
