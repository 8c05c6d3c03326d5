#include "DispatchBoard.h"

#include "DisplayText.h"
#include "models/TicketListModel.h"
#include "rules/TechnicianRanking.h"
#include "service/DeskService.h"
#include "storage/ReportQueries.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

DispatchBoard::DispatchBoard(DeskService &desk, QWidget *parent)
    : QWidget(parent), m_desk(desk), m_model(new TicketListModel(desk, this)), m_proxy(new QSortFilterProxyModel(this)),
      m_table(new QTableView), m_filter(new QLineEdit), m_suggestions(new QListWidget), m_alerts(new QListWidget),
      m_message(new QLabel)
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(TicketListModel::RawValueRole);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(TicketListModel::TimeLeft, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->setObjectName(QStringLiteral("boardTable"));

    m_filter->setPlaceholderText(tr("Filter: ticket, customer, technician, zone, state… (Ctrl+F)"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setObjectName(QStringLiteral("boardFilter"));
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);

    m_suggestions->setObjectName(QStringLiteral("suggestions"));
    m_suggestions->setToolTip(tr("Technicians ranked for the selected ticket; Enter assigns"));
    m_alerts->setObjectName(QStringLiteral("alerts"));
    auto *assign = new QPushButton(tr("&Assign"));
    assign->setToolTip(tr("Dispatch the selected ticket to the selected technician (Enter)"));
    connect(assign, &QPushButton::clicked, this, &DispatchBoard::assignSelectedSuggestion);
    connect(m_suggestions, &QListWidget::itemActivated, this, &DispatchBoard::assignSelectedSuggestion);
    m_message->setWordWrap(true);
    m_message->setObjectName(QStringLiteral("boardMessage"));

    auto *left = new QWidget;
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_filter);
    leftLayout->addWidget(m_table);
    auto *right = new QWidget;
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(new QLabel(tr("Suggested technicians")));
    rightLayout->addWidget(m_suggestions, 2);
    rightLayout->addWidget(assign);
    rightLayout->addWidget(m_message);
    rightLayout->addWidget(new QLabel(tr("Alerts")));
    rightLayout->addWidget(m_alerts, 3);
    auto *split = new QSplitter;
    split->addWidget(left);
    split->addWidget(right);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(split);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &DispatchBoard::refreshSuggestions);
    connect(m_alerts, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { selectTicket(item->data(Qt::UserRole).toString()); });
    connect(&desk, &DeskService::commandApplied, this, [this](const QString &name, const CommandResult &result) {
        if (name.startsWith(QLatin1String("ticket.")))
            m_model->refreshTicket(result.id);
        else if (name == QLatin1String("callback.record"))
            m_model->refreshTicket(result.info.value(QStringLiteral("ticket")).toString());
        else
            m_model->reload();
        refreshAlerts();
        // Queued: the change may come from activating a suggestion item, which must outlive its own signal
        QMetaObject::invokeMethod(this, &DispatchBoard::refreshSuggestions, Qt::QueuedConnection);
    });
    connect(m_model, &TicketListModel::deadlineCrossed, this, &DispatchBoard::refreshAlerts);
    m_table->resizeColumnsToContents();
    refreshAlerts();
}

QString DispatchBoard::selectedTicket() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? current.data(TicketListModel::TicketIdRole).toString() : QString();
}

void DispatchBoard::selectTicket(const QString &ticketId)
{
    const int row = m_model->rowOfTicket(ticketId);
    if (row < 0)
        return;
    const QModelIndex at = m_proxy->mapFromSource(m_model->index(row, 0));
    m_table->setCurrentIndex(at);
    m_table->scrollTo(at);
}

void DispatchBoard::tick()
{
    m_model->setNow(m_desk.clock().now());
}

void DispatchBoard::refreshSuggestions()
{
    m_suggestions->clear();
    const QString id = selectedTicket();
    if (id.isEmpty())
        return;
    const auto ticket = m_desk.store().load(Store::Tickets, id);
    if (!ticket)
        return;
    const QString state = ticket->value(QStringLiteral("state")).toString();
    const bool assignable =
        state == QLatin1String("new") || state == QLatin1String("guided_by_phone") ||
        state == QLatin1String("unreachable") || state == QLatin1String("awaiting_parts") ||
        (state == QLatin1String("dispatched") && ticket->value(QStringLiteral("technician_id")).isNull());
    if (!assignable)
        return;
    const auto ranked = TechnicianRanking::rank(m_desk.store(), *ticket, m_desk.clock().now().toMSecsSinceEpoch(),
                                                m_desk.processor().settings());
    for (const Suggestion &s : ranked) {
        auto *item = new QListWidgetItem(tr("%1 (%2) — %3").arg(s.name).arg(s.score).arg(s.reasons.join(tr(", "))));
        item->setData(Qt::UserRole, s.technicianId);
        m_suggestions->addItem(item);
    }
    m_suggestions->setCurrentRow(0);
}

void DispatchBoard::assignSelectedSuggestion()
{
    const QString ticket = selectedTicket();
    QListWidgetItem *item = m_suggestions->currentItem();
    if (ticket.isEmpty() || !item) {
        m_message->setText(tr("Select a ticket and a technician first."));
        return;
    }
    const CommandResult r = m_desk.submit(
        QStringLiteral("ticket.dispatch"),
        {{QStringLiteral("ticket"), ticket}, {QStringLiteral("technician"), item->data(Qt::UserRole).toString()}});
    m_message->setText(r.ok ? tr("Dispatched %1 to %2.")
                                  .arg(r.info.value(QStringLiteral("number")).toString(),
                                       item->text().section(QStringLiteral(" ("), 0, 0))
                            : r.error.message);
    if (r.ok)
        selectTicket(ticket);
}

void DispatchBoard::refreshAlerts()
{
    m_alerts->clear();
    ReportQueries queries(m_desk.store());
    const auto settings = m_desk.processor().settings();
    const auto alerts = queries.alerts(m_desk.clock().now().toMSecsSinceEpoch(), settings.slaWarningMinutes);
    for (const auto &a : alerts) {
        const int row = m_model->rowOfTicket(a.ticketId);
        const QString number = row >= 0 ? m_model->index(row, TicketListModel::Number).data().toString() : a.ticketId;
        QString what;
        if (a.kind == QLatin1String("sla_breached"))
            what = tr("on-site deadline missed");
        else if (a.kind == QLatin1String("sla_at_risk"))
            what = tr("on-site deadline at risk");
        else if (a.kind == QLatin1String("contact_overdue"))
            what = tr("customer not yet contacted");
        else if (a.kind == QLatin1String("unreachable"))
            what = tr("customer unreachable");
        else if (a.kind == QLatin1String("late_arrival"))
            what = tr("late arrival: manager follow-up");
        else
            what = tr("callback overdue");
        auto *item = new QListWidgetItem(
            tr("%1  %2  (since %3)").arg(number, what, DisplayText::dateTime(a.since, settings.utcOffsetMinutes)));
        item->setData(Qt::UserRole, a.ticketId);
        item->setData(Qt::UserRole + 1, a.kind);
        m_alerts->addItem(item);
    }
}
