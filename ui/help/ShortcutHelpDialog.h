#pragma once

#include <QDialog>

class QMainWindow;
class QTreeWidget;

// Help → Keyboard shortcuts (F1): every key of the console, by menu and workspace, read from the window when the
// dialog opens (ShortcutCatalogue), so a key added to a workspace shows here without touching this window.
class ShortcutHelpDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ShortcutHelpDialog(QMainWindow *window);

    QTreeWidget *tree() const { return m_tree; }
    // The list as plain text, one "area · keys · what it does" line per shortcut
    QString text() const;

private:
    QTreeWidget *m_tree;
};
