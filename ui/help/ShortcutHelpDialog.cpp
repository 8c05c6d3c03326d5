#include "ShortcutHelpDialog.h"

#include "ShortcutCatalogue.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QMainWindow>
#include <QTreeWidget>
#include <QVBoxLayout>

ShortcutHelpDialog::ShortcutHelpDialog(QMainWindow *window) : QDialog(window), m_tree(new QTreeWidget)
{
    setWindowTitle(tr("Keyboard shortcuts"));
    setObjectName(QStringLiteral("shortcutHelp"));
    m_tree->setObjectName(QStringLiteral("shortcutTree"));
    m_tree->setColumnCount(2);
    m_tree->setHeaderLabels({tr("Keys"), tr("What it does")});
    m_tree->setRootIsDecorated(false);
    m_tree->setAlternatingRowColors(true);
    QTreeWidgetItem *group = nullptr;
    for (const ShortcutCatalogue::Entry &e : ShortcutCatalogue::collect(window)) {
        if (!group || group->text(0) != e.area) {
            group = new QTreeWidgetItem(m_tree, {e.area});
            group->setFirstColumnSpanned(true);
            QFont bold = group->font(0);
            bold.setBold(true);
            group->setFont(0, bold);
            group->setExpanded(true);
        }
        auto *item = new QTreeWidgetItem(group, {e.keys, e.description});
        if (!e.detail.isEmpty())
            item->setToolTip(1, e.detail);
    }
    m_tree->expandAll();
    m_tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    auto *note = new QLabel(tr("Single-letter keys of the board work while the ticket list has the focus; the "
                               "callback keys anywhere in the callback workspace. Point at a line for more."));
    note->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tree, 1);
    layout->addWidget(note);
    layout->addWidget(buttons);
    resize(640, 720);
}

QString ShortcutHelpDialog::text() const
{
    QStringList lines;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *group = m_tree->topLevelItem(i);
        for (int j = 0; j < group->childCount(); ++j)
            lines << group->text(0) + QStringLiteral(" · ") + group->child(j)->text(0) + QStringLiteral(" · ") +
                         group->child(j)->text(1);
    }
    return lines.join(QLatin1Char('\n'));
}
