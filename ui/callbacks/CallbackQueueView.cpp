#include "CallbackQueueView.h"

#include "models/CallbackQueueModel.h"
#include "service/DeskService.h"

#include <QHeaderView>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

CallbackQueueView::CallbackQueueView(DeskService &desk, QWidget *parent)
    : QWidget(parent), m_desk(desk), m_model(new CallbackQueueModel(desk, this)), m_table(new QTableView)
{
    auto *proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(m_model);
    proxy->setSortRole(CallbackQueueModel::RawValueRole);
    m_table->setModel(proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(CallbackQueueModel::Due, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setObjectName(QStringLiteral("callbackTable"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Callbacks due, oldest first. Overdue ones are red.")));
    layout->addWidget(m_table);
    connect(&desk, &DeskService::commandApplied, m_model, [this](const QString &name) {
        if (name.startsWith(QLatin1String("ticket.")) || name.startsWith(QLatin1String("callback.")))
            m_model->reload();
    });
    m_table->resizeColumnsToContents();
}

void CallbackQueueView::tick()
{
    m_model->setNow(m_desk.clock().now());
}
