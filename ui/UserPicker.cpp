#include "UserPicker.h"

#include "rules/Permissions.h"
#include "service/DeskService.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

UserPicker::UserPicker(DeskService &desk, QWidget *parent) : QDialog(parent), m_list(new QListWidget)
{
    setWindowTitle(tr("Who is working?"));
    for (const Record &u : desk.store().all(Store::Users, QStringLiteral("role, name"))) {
        if (!u.value(QStringLiteral("active")).toBool())
            continue;
        auto *item =
            new QListWidgetItem(tr("%1 (%2)").arg(u.value(QStringLiteral("name")).toString(),
                                                  Permissions::roleLabel(u.value(QStringLiteral("role")).toString())));
        item->setData(Qt::UserRole, u.value(QStringLiteral("id")));
        m_list->addItem(item);
    }
    m_list->setCurrentRow(0);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::itemActivated, this, &QDialog::accept);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Choose your name. Everything you do is recorded under it.")));
    layout->addWidget(m_list);
    layout->addWidget(buttons);
}

QString UserPicker::userId() const
{
    return m_list->currentItem() ? m_list->currentItem()->data(Qt::UserRole).toString() : QString();
}

bool UserPicker::hasUsers() const
{
    return m_list->count() > 0;
}
