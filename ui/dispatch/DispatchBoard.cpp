#include "DispatchBoard.h"

#include "CommandDialog.h"
#include "DisplayText.h"
#include "FlowLayout.h"
#include "Icons.h"
#include "dispatch/CompletionDialog.h"
#include "dispatch/ScheduleView.h"
#include "dispatch/TimelineDialog.h"
#include "domain/TimeFormat.h"
#include "models/AlertListModel.h"
#include "models/TechnicianScheduleModel.h"
#include "models/TicketListModel.h"
#include "models/TicketSortFilterModel.h"
#include "print/FormOutput.h"
#include "print/FormPrinter.h"
#include "reports/TableExport.h"
#include "rules/ScheduleRules.h"
#include "rules/TechnicianRanking.h"
#include "rules/TicketStates.h"
#include "service/DeskService.h"
#include "storage/ReportQueries.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>

DispatchBoard::DispatchBoard(DeskService &desk, QWidget *parent)
    : QWidget(parent), m_desk(desk), m_model(new TicketListModel(desk, this)), m_proxy(new TicketSortFilterModel(this)),
      m_table(new QTableView), m_filter(new QLineEdit), m_stateFilter(new QComboBox), m_flagFilter(new QComboBox),
      m_suggestions(new QListWidget), m_alertModel(new AlertListModel(desk, this)), m_alerts(new QListView),
      m_message(new QLabel), m_schedule(new TechnicianScheduleModel(desk, this)),
      m_scheduleView(new ScheduleView(m_schedule)), m_day(new QDateEdit),
      m_runDialog([](QDialog &d) { return d.exec(); })
{
    m_proxy->setSourceModel(m_model);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(TicketListModel::TimeLeft, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setDragEnabled(true);
    m_table->setDragDropMode(QAbstractItemView::DragOnly);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->setObjectName(QStringLiteral("boardTable"));

    m_filter->setPlaceholderText(tr("Filter: ticket, customer, technician, zone… (Ctrl+F)"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setObjectName(QStringLiteral("boardFilter"));
    m_stateFilter->addItem(tr("All states"), QString());
    for (const QString &s : TicketStates::all())
        if (TicketStates::isOpen(s))
            m_stateFilter->addItem(TicketStates::label(s), s);
    m_flagFilter->addItem(tr("All flags"), QString());
    for (const char *f : {"needs_verification", "unreachable", "late", "loaner_out", "unpaid", "reopened", "repeat",
                          "reminder", "manager_followup"})
        m_flagFilter->addItem(DisplayText::flag(QLatin1String(f)), QLatin1String(f));
    m_stateFilter->setObjectName(QStringLiteral("stateFilter"));
    m_flagFilter->setObjectName(QStringLiteral("flagFilter"));
    connect(m_filter, &QLineEdit::textChanged, this, &DispatchBoard::applyFilters);
    connect(m_stateFilter, &QComboBox::currentIndexChanged, this, &DispatchBoard::applyFilters);
    connect(m_flagFilter, &QComboBox::currentIndexChanged, this, &DispatchBoard::applyFilters);
    connect(new QShortcut(QKeySequence::Find, this), &QShortcut::activated, m_filter, [this] { m_filter->setFocus(); });
    QAction *find = m_filter->addAction(Icons::get(Icons::Search), QLineEdit::LeadingPosition);
    find->setToolTip(tr("Show only the tickets that match what you type (Ctrl+F)"));
    connect(find, &QAction::triggered, m_filter, [this] { m_filter->setFocus(); });

    m_suggestions->setObjectName(QStringLiteral("suggestions"));
    m_suggestions->setToolTip(tr("Technicians ranked for the selected ticket; Enter assigns"));
    m_alerts->setModel(m_alertModel);
    m_alerts->setObjectName(QStringLiteral("alerts"));
    m_alerts->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_alerts->setUniformItemSizes(true); // one line each: thousands of alerts are laid out without measuring each
    auto *assign = new QPushButton(Icons::get(Icons::Assign), tr("&Assign"));
    assign->setProperty("command", QStringLiteral("ticket.dispatch"));
    assign->setToolTip(tr("Dispatch the selected ticket to the selected technician (Enter)"));
    connect(assign, &QPushButton::clicked, this, &DispatchBoard::assignSelectedSuggestion);
    connect(m_suggestions, &QListWidget::itemActivated, this, &DispatchBoard::assignSelectedSuggestion);
    m_message->setWordWrap(true);
    m_message->setObjectName(QStringLiteral("boardMessage"));

    // One key per thing a technician phones in, active while the board has focus
    // Each button names the command it gives (property "command"): a test walks the vocabulary against them.
    struct Action
    {
        QString label;
        QString tip;
        Icons::Name icon;
        QKeySequence key;
        void (DispatchBoard::*slot)();
        const char *command;
    };
    const QList<Action> actions = {
        {tr("Contacted"), tr("The technician reached the customer (C)"), Icons::Contacted, Qt::Key_C,
         &DispatchBoard::contacted, "ticket.contact_attempt"},
        {tr("Details differ"),
         tr("Contacted, and the address, model or fault differ from the record: correct them (Shift+C)"), Icons::Edit,
         QKeySequence(Qt::SHIFT | Qt::Key_C), &DispatchBoard::contactedWithCorrections, "ticket.contact_attempt"},
        {tr("No answer"), tr("The customer did not answer; the next try is shown (N)"), Icons::NoAnswer, Qt::Key_N,
         &DispatchBoard::noAnswer, "ticket.contact_attempt"},
        {tr("Departed"), tr("The technician set off (D)"), Icons::Dispatch, Qt::Key_D, &DispatchBoard::departed,
         "ticket.depart"},
        {tr("Arrived"), tr("The technician is at the customer's (A)"), Icons::Arrive, Qt::Key_A,
         &DispatchBoard::arrived, "ticket.arrive"},
        {tr("Not at home"), tr("Nobody opened: what the technician tried, and a new appointment is needed (X)"),
         Icons::NoAnswer, Qt::Key_X, &DispatchBoard::notHome, "ticket.not_home"},
        {tr("Apology answer"), tr("The customer's answer to the apology for a late arrival (Y)"), Icons::Complaint,
         Qt::Key_Y, &DispatchBoard::apologyAnswer, "ticket.apology"},
        {tr("Awaiting parts"), tr("Needs parts; a revisit follows (W)"), Icons::Parts, Qt::Key_W,
         &DispatchBoard::awaitParts, "ticket.await_parts"},
        {tr("Parts arrived"), tr("The parts came: the technician goes back (V)"), Icons::Parts, Qt::Key_V,
         &DispatchBoard::partsArrived, "ticket.parts_arrived"},
        {tr("Pulled back"), tr("Taken to the workshop, loaner left (B)"), Icons::Workshop, Qt::Key_B,
         &DispatchBoard::pullBack, "ticket.pull_back"},
        {tr("Second technician"), tr("The job needs a second technician (H)"), Icons::Assign, Qt::Key_H,
         &DispatchBoard::requestSupport, "ticket.request_support"},
        {tr("Loaner back"), tr("The loaner unit left with this customer is back at the centre (L)"), Icons::Workshop,
         Qt::Key_L, &DispatchBoard::loanerBack, "loaner.return"},
        {tr("Completed"), tr("Enter the returned service receipt (F)"), Icons::Complete, Qt::Key_F,
         &DispatchBoard::complete, "ticket.complete"},
        {tr("Payment"), tr("Collect an open charge later (M)"), Icons::Complete, Qt::Key_M,
         &DispatchBoard::collectPayment, "ticket.payment"},
        {tr("Verified"), tr("The missing details were checked with the customer (I)"), Icons::Contacted, Qt::Key_I,
         &DispatchBoard::verify, "ticket.verify"},
        {tr("Reschedule"), tr("A new time agreed with the customer (S)"), Icons::Reschedule, Qt::Key_S,
         &DispatchBoard::reschedule, "ticket.reschedule"},
        {tr("Reassign"), tr("Give the ticket to another technician (R)"), Icons::Reassign, Qt::Key_R,
         &DispatchBoard::reassign, "ticket.reassign"},
        {tr("Cancel ticket"), tr("Cancel the ticket, with the reason (Del)"), Icons::Remove, Qt::Key_Delete,
         &DispatchBoard::cancelTicket, "ticket.cancel"},
        {tr("Timeline"), tr("Everything that happened to the ticket (T)"), Icons::Timeline, Qt::Key_T,
         &DispatchBoard::showTimeline, nullptr},
        {tr("Receipt"), tr("Print the service receipt (维修服务回执单), with a preview; or save it as PDF (P)"),
         Icons::Print, Qt::Key_P, &DispatchBoard::printReceipt, nullptr},
        {tr("Job sheet"), tr("Print the dispatch sheet (派工单) of this job for the technician (J)"), Icons::Print,
         Qt::Key_J, &DispatchBoard::printJobSheet, nullptr},
        {tr("Parts requisition"), tr("Print the parts requisition (零配件领料单) of the parts this job waits for (Q)"),
         Icons::Print, Qt::Key_Q, &DispatchBoard::printPartsRequisition, nullptr},
    };
    auto *actionRow = new FlowLayout; // wraps on a narrow window
    for (const Action &a : actions) {
        auto *button = new QPushButton(a.label + QStringLiteral(" (") + a.key.toString(QKeySequence::NativeText) +
                                       QLatin1Char(')'));
        button->setIcon(Icons::get(a.icon));
        button->setToolTip(a.tip);
        button->setAccessibleName(a.label);
        button->setFocusPolicy(Qt::NoFocus);
        if (a.command)
            button->setProperty("command", QLatin1String(a.command));
        connect(button, &QPushButton::clicked, this, a.slot);
        auto *shortcut = new QShortcut(a.key, m_table);
        shortcut->setContext(Qt::WidgetShortcut);
        connect(shortcut, &QShortcut::activated, this, a.slot);
        actionRow->addWidget(button);
    }
    // Enter on a ticket dispatches it to the first suggested technician; Tab (or Alt+↓) moves to the suggestions
    for (const Qt::Key key : {Qt::Key_Return, Qt::Key_Enter}) {
        auto *enter = new QShortcut(QKeySequence(key), m_table);
        enter->setContext(Qt::WidgetShortcut);
        enter->setWhatsThis(tr("On a ticket: dispatch it to the first suggested technician"));
        connect(enter, &QShortcut::activated, this, &DispatchBoard::dispatchToFirstSuggestion);
    }
    // Ctrl+P prints the form the selected ticket needs now
    auto *printKey = new QShortcut(QKeySequence::Print, this);
    printKey->setContext(Qt::WidgetWithChildrenShortcut);
    printKey->setWhatsThis(tr("Print the form the selected ticket needs now: the receipt once completed, the parts "
                              "requisition while awaiting parts, else the job's dispatch sheet"));
    connect(printKey, &QShortcut::activated, this, &DispatchBoard::printFormForTicket);
    auto *toSuggestions = new QShortcut(QKeySequence(Qt::ALT | Qt::Key_Down), m_table);
    toSuggestions->setContext(Qt::WidgetShortcut);
    toSuggestions->setWhatsThis(tr("Go to the suggested technicians"));
    connect(toSuggestions, &QShortcut::activated, m_suggestions, [this] { m_suggestions->setFocus(); });

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_filter, 1);
    filters->addWidget(m_stateFilter);
    filters->addWidget(m_flagFilter);
    auto *left = new QWidget;
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addLayout(filters);
    leftLayout->addWidget(m_table);
    leftLayout->addLayout(actionRow);
    auto *right = new QWidget;
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    auto *suggestionsLabel = new QLabel(tr("Suggested &technicians (Enter on a ticket takes the first)"));
    suggestionsLabel->setBuddy(m_suggestions);
    suggestionsLabel->setWordWrap(true);
    rightLayout->addWidget(suggestionsLabel);
    rightLayout->addWidget(m_suggestions, 2);
    rightLayout->addWidget(assign);
    rightLayout->addWidget(m_message);
    rightLayout->addWidget(new QLabel(tr("Alerts")));
    rightLayout->addWidget(m_alerts, 3);
    right->setMinimumWidth(340);
    auto *top = new QSplitter;
    top->addWidget(left);
    top->addWidget(right);
    top->setStretchFactor(0, 3);
    top->setStretchFactor(1, 1);

    m_day->setObjectName(QStringLiteral("scheduleDay"));
    m_day->setCalendarPopup(true);
    m_day->setDisplayFormat(QStringLiteral("yyyy-MM-dd ddd"));
    m_day->setDate(m_schedule->day());
    connect(m_day, &QDateEdit::dateChanged, m_schedule, &TechnicianScheduleModel::setDay);
    auto *sheet = new QPushButton(Icons::get(Icons::Print), tr("Day's dispatch sheet…"));
    sheet->setToolTip(tr("Print the day's dispatch sheet (派工单) of the technician of the selected ticket"));
    connect(sheet, &QPushButton::clicked, this, &DispatchBoard::printDispatchSheet);
    auto *loanerPool = new QPushButton(Icons::get(Icons::Add), tr("Add loaner unit…"));
    loanerPool->setToolTip(tr("A unit the centre lends while a customer's appliance is in the workshop (借用机)"));
    loanerPool->setProperty("command", QStringLiteral("loaner.upsert"));
    connect(loanerPool, &QPushButton::clicked, this, &DispatchBoard::addLoanerUnit);
    auto *maintenance = new QPushButton(Icons::get(Icons::NewCall), tr("Maintenance due…"));
    maintenance->setToolTip(tr("Customers whose appliance is due for maintenance (filters…): open a maintenance "
                               "ticket for one"));
    maintenance->setProperty("command", QStringLiteral("ticket.open"));
    connect(maintenance, &QPushButton::clicked, this, &DispatchBoard::openMaintenanceTicket);
    auto *charges = new QPushButton(Icons::get(Icons::Complete), tr("Open charges…"));
    charges->setToolTip(tr("Charges not yet paid, closed tickets too: record a payment the customer made later"));
    charges->setProperty("command", QStringLiteral("ticket.payment"));
    connect(charges, &QPushButton::clicked, this, &DispatchBoard::collectOpenCharge);
    auto *exportButton = new QPushButton(Icons::get(Icons::Export), tr("Export…"));
    exportButton->setToolTip(tr("The ticket list as filtered, for a spreadsheet (Ctrl+E)"));
    connect(exportButton, &QPushButton::clicked, this, [this] { exportCsv(); });
    auto *exportKey = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_E), this);
    exportKey->setWhatsThis(tr("Export the ticket list as filtered, as an Excel workbook or CSV"));
    connect(exportKey, &QShortcut::activated, this, [this] { exportCsv(); });
    auto *dayRow = new QHBoxLayout;
    dayRow->addWidget(new QLabel(tr("Technicians' day")));
    dayRow->addWidget(m_day);
    dayRow->addWidget(sheet);
    dayRow->addWidget(loanerPool);
    dayRow->addWidget(maintenance);
    dayRow->addWidget(charges);
    dayRow->addWidget(exportButton);
    dayRow->addStretch();
    auto *scroll = new QScrollArea;
    scroll->setWidget(m_scheduleView);
    scroll->setWidgetResizable(true);
    auto *bottom = new QWidget;
    auto *bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    bottomLayout->addLayout(dayRow);
    bottomLayout->addWidget(scroll);
    auto *split = new QSplitter(Qt::Vertical);
    split->addWidget(top);
    split->addWidget(bottom);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(split);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &DispatchBoard::refreshSuggestions);
    connect(m_alerts, &QListView::activated, this,
            [this](const QModelIndex &index) { selectTicket(index.data(AlertListModel::TicketIdRole).toString()); });
    connect(m_scheduleView, &ScheduleView::ticketDropped, this, &DispatchBoard::dropTicket);
    connect(m_scheduleView, &ScheduleView::visitActivated, this, &DispatchBoard::selectTicket);
    // What changed, as the core reports it: the rows of those tickets, their alerts, the day lanes
    connect(&desk, &DeskService::ticketsChanged, this, &DispatchBoard::ticketsChanged);
    connect(&desk, &DeskService::callbacksChanged, m_alertModel, &AlertListModel::refreshTickets);
    // (no visitsChanged: every visit hangs on a ticket, so ticketsChanged already reloads the lanes once)
    connect(&desk, &DeskService::referenceChanged, this, [this](Store::Table table) {
        // names the board shows (customers, technicians, zones, categories, products): read the rows again
        if (table != Store::Users && table != Store::Parts && table != Store::Fees && table != Store::LoanerUnits) {
            const QString selected = selectedTicket(); // the dispatcher's place survives the reload
            m_model->reload();
            m_schedule->reload();
            if (!selected.isEmpty())
                selectTicket(selected);
        }
    });
    connect(&desk, &DeskService::settingsChanged, m_alertModel, &AlertListModel::reload);
    connect(&desk, &DeskService::deskReset, this, [this] {
        m_model->reload();
        m_schedule->reload();
        m_alertModel->reload();
    });
    connect(&desk, &DeskService::changed, this, [this] {
        // Queued: the change may come from activating a suggestion item, which must outlive its own signal
        QMetaObject::invokeMethod(this, &DispatchBoard::refreshSuggestions, Qt::QueuedConnection);
    });
    connect(m_model, &TicketListModel::deadlineCrossed, this,
            [this](const QString &ticketId) { m_alertModel->refreshTickets({ticketId}); });
    // Column widths from the first rows, not from thousands of open tickets
    m_table->horizontalHeader()->setResizeContentsPrecision(100);
    m_table->resizeColumnsToContents();
    refreshSuggestions();
    // The alerts are read once the window is up, not before it shows
    QTimer::singleShot(0, m_alertModel, &AlertListModel::reload);
}

void DispatchBoard::ticketsChanged(const QStringList &ids)
{
    for (const QString &id : ids)
        m_model->refreshTicket(id);
    m_alertModel->refreshTickets(ids);
    m_schedule->reload(); // the lanes show the tickets' states
}

void DispatchBoard::applyFilters()
{
    auto *proxy = static_cast<TicketSortFilterModel *>(m_proxy);
    proxy->setText(m_filter->text());
    proxy->setState(m_stateFilter->currentData().toString());
    proxy->setFlag(m_flagFilter->currentData().toString());
}

QString DispatchBoard::selectedTicket() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? current.data(TicketListModel::TicketIdRole).toString() : QString();
}

void DispatchBoard::selectTicket(const QString &ticketId)
{
    int row = m_model->rowOfTicket(ticketId);
    if (row < 0 && m_model->isLoading()) { // not read yet: read the rest of the open tickets first
        m_model->loadAll();
        row = m_model->rowOfTicket(ticketId);
    }
    if (row < 0)
        return;
    const QModelIndex at = m_proxy->mapFromSource(m_model->index(row, 0));
    m_table->setCurrentIndex(at);
    m_table->scrollTo(at);
}

QString DispatchBoard::lastMessage() const
{
    return m_message->text();
}

void DispatchBoard::say(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color:#c62828") : QString());
}

void DispatchBoard::tick()
{
    m_model->setNow(m_desk.clock().now());
}

void DispatchBoard::refreshSuggestions()
{
    m_suggestions->clear();
    // A line that says why the list is empty: it holds no technician and cannot be dispatched to
    const auto hint = [this](const QString &text) {
        auto *item = new QListWidgetItem(text);
        item->setFlags(Qt::NoItemFlags);
        m_suggestions->addItem(item);
    };
    const QString id = selectedTicket();
    const auto ticket = id.isEmpty() ? std::nullopt : m_desk.store().load(Store::Tickets, id);
    if (!ticket) {
        hint(tr("Select a ticket to see the technicians who can take it."));
        return;
    }
    const QString state = ticket->value(QStringLiteral("state")).toString();
    const bool assignable =
        TicketStates::allowedFrom(QStringLiteral("ticket.dispatch")).contains(state) ||
        (state == QLatin1String("dispatched") && ticket->value(QStringLiteral("technician_id")).isNull());
    if (!assignable) {
        hint(tr("%1 is %2: it has its technician.")
                 .arg(ticket->value(QStringLiteral("number")).toString(), TicketStates::label(state)));
        return;
    }
    const auto ranked = TechnicianRanking::rank(m_desk.store(), *ticket, m_desk.clock().now().toMSecsSinceEpoch(),
                                                m_desk.processor().settings());
    for (const Suggestion &s : ranked) {
        auto *item = new QListWidgetItem(tr("%1 — %2").arg(s.name, s.reasons.join(tr(", "))));
        item->setToolTip(s.reasons.join(QLatin1Char('\n')));
        item->setData(Qt::UserRole, s.technicianId);
        item->setData(Qt::UserRole + 1, s.name);
        m_suggestions->addItem(item);
    }
    if (ranked.isEmpty())
        hint(tr("No active technician repairs this category; drop the ticket on a lane to choose one."));
    else
        m_suggestions->setCurrentRow(0);
}

void DispatchBoard::dispatchToFirstSuggestion()
{
    if (selectedTicket().isEmpty()) {
        say(tr("Select a ticket first."), true);
        return;
    }
    QListWidgetItem *first = m_suggestions->count() > 0 ? m_suggestions->item(0) : nullptr;
    if (!first || first->data(Qt::UserRole).toString().isEmpty()) {
        // Nobody to suggest: the choice is the dispatcher's
        say(first ? first->text() : tr("No technician to suggest."), true);
        m_suggestions->setFocus();
        return;
    }
    m_suggestions->setCurrentItem(first);
    assignSelectedSuggestion();
}

void DispatchBoard::enterWorkspace()
{
    m_table->setFocus();
    if (!m_table->currentIndex().isValid() && m_proxy->rowCount() > 0)
        m_table->setCurrentIndex(m_proxy->index(0, 0));
}

bool DispatchBoard::submit(const QString &command, QJsonObject fields, const QString &done)
{
    const QString ticket = selectedTicket();
    if (!fields.contains(QStringLiteral("ticket"))) {
        if (ticket.isEmpty()) {
            say(tr("Select a ticket first."), true);
            return false;
        }
        fields.insert(QStringLiteral("ticket"), ticket);
    }
    const CommandResult r = m_desk.submit(command, fields);
    if (!r.ok) {
        say(r.error.message, true);
        return false;
    }
    say(done.arg(numberOf(fields.value(QStringLiteral("ticket")).toString(), r)));
    selectTicket(fields.value(QStringLiteral("ticket")).toString());
    return true;
}

bool DispatchBoard::runCommandDialog(QDialog &dialog, const std::function<QJsonObject()> &fields,
                                     const QString &command, const QString &done)
{
    const QString ticket = selectedTicket();
    while (m_runDialog(dialog) == QDialog::Accepted) {
        QJsonObject f = fields();
        if (!f.contains(QStringLiteral("ticket")))
            f.insert(QStringLiteral("ticket"), ticket);
        const CommandResult r = m_desk.submit(command, f);
        if (r.ok) {
            say(done.arg(numberOf(f.value(QStringLiteral("ticket")).toString(), r)));
            selectTicket(ticket);
            return true;
        }
        say(r.error.message, true);
        if (auto *c = qobject_cast<CommandDialog *>(&dialog))
            c->showError(r.error.message);
        else if (auto *c = qobject_cast<CompletionDialog *>(&dialog))
            c->showError(r.error.message);
    }
    return false;
}

QString DispatchBoard::numberOf(const QString &ticketId, const CommandResult &result)
{
    // Every message after a key names its ticket, whatever the command told
    const QString told = result.info.value(QStringLiteral("number")).toString();
    if (!told.isEmpty())
        return told;
    const auto ticket = m_desk.store().load(Store::Tickets, ticketId);
    return ticket ? ticket->value(QStringLiteral("number")).toString() : ticketId;
}

void DispatchBoard::assignSelectedSuggestion()
{
    QListWidgetItem *item = m_suggestions->currentItem();
    if (selectedTicket().isEmpty() || !item || item->data(Qt::UserRole).toString().isEmpty()) {
        say(tr("Select a ticket and a technician first."), true);
        return;
    }
    submit(QStringLiteral("ticket.dispatch"), {{QStringLiteral("technician"), item->data(Qt::UserRole).toString()}},
           tr("Dispatched %1 to %2.").arg(QStringLiteral("%1"), item->data(Qt::UserRole + 1).toString()));
}

void DispatchBoard::contacted()
{
    submit(QStringLiteral("ticket.contact_attempt"), {{QStringLiteral("reached"), true}},
           tr("%1: customer contacted."));
}

void DispatchBoard::noAnswer()
{
    const QString ticket = selectedTicket();
    if (ticket.isEmpty()) {
        say(tr("Select a ticket first."), true);
        return;
    }
    const CommandResult r = m_desk.submit(QStringLiteral("ticket.contact_attempt"),
                                          {{QStringLiteral("ticket"), ticket}, {QStringLiteral("reached"), false}});
    if (!r.ok) {
        say(r.error.message, true);
        return;
    }
    QDateTime retry;
    const int offset = m_desk.processor().settings().utcOffsetMinutes;
    if (r.info.value(QStringLiteral("unreachable")).toBool())
        say(tr("%1: no answer for the last time — the customer is unreachable; the ticket is back with the office.")
                .arg(numberOf(ticket, r)),
            true);
    else if (Command::parseTime(r.info.value(QStringLiteral("retry_from")).toString(), &retry))
        say(tr("%1: no answer. Try again from %2.")
                .arg(numberOf(ticket, r), DisplayText::dateTime(retry.toMSecsSinceEpoch(), offset)));
    selectTicket(ticket);
}

void DispatchBoard::departed()
{
    submit(QStringLiteral("ticket.depart"), {}, tr("%1: technician en route."));
}

void DispatchBoard::arrived()
{
    const QString ticket = selectedTicket();
    if (ticket.isEmpty()) {
        say(tr("Select a ticket first."), true);
        return;
    }
    const CommandResult r = m_desk.submit(QStringLiteral("ticket.arrive"), {{QStringLiteral("ticket"), ticket}});
    if (!r.ok) {
        say(r.error.message, true);
        return;
    }
    const QString number = numberOf(ticket, r);
    const int late = r.info.value(QStringLiteral("late_minutes")).toInt();
    if (r.info.value(QStringLiteral("apology")).toString() == QLatin1String("pending"))
        say(tr("%1: arrived %2 minutes late — a goodwill gift is due; record whether the customer accepts the "
               "apology (Y).")
                .arg(number)
                .arg(late),
            true);
    else if (r.info.contains(QStringLiteral("late_minutes")))
        say(tr("%1: arrived %2 minutes late — apology logged.").arg(number).arg(late));
    else
        say(tr("%1: technician on site, on time.").arg(number));
    selectTicket(ticket);
}

void DispatchBoard::awaitParts()
{
    if (selectedTicket().isEmpty())
        return say(tr("Select a ticket first."), true);
    CommandDialog dialog(tr("Awaiting parts"), tr("Which part is needed? A revisit is scheduled when it arrives."),
                         this);
    QList<QPair<QString, QString>> parts;
    for (const Record &p : m_desk.store().all(Store::Parts, QStringLiteral("sku")))
        parts << qMakePair(p.value(QStringLiteral("sku")).toString() + QLatin1Char(' ') +
                               p.value(QStringLiteral("name")).toString(),
                           p.value(QStringLiteral("sku")).toString());
    dialog.addChoice(QStringLiteral("part"), tr("Part"), parts);
    // R18: when the parts are expected, so that a late delivery raises an alert
    dialog.addText(QStringLiteral("eta"), tr("Expected on (yyyy-mm-dd)"),
                   m_desk.clock().now().date().addDays(2).toString(Qt::ISODate));
    runCommandDialog(
        dialog,
        [&dialog] {
            QJsonObject f{{QStringLiteral("parts"), QJsonArray{dialog.fields().value(QStringLiteral("part"))}}};
            const QString eta = dialog.fields().value(QStringLiteral("eta")).toString().trimmed();
            if (!eta.isEmpty())
                f.insert(QStringLiteral("eta"), eta);
            return f;
        },
        QStringLiteral("ticket.await_parts"), tr("%1: awaiting parts."));
}

void DispatchBoard::pullBack()
{
    if (selectedTicket().isEmpty())
        return say(tr("Select a ticket first."), true);
    CommandDialog dialog(tr("Pulled back for workshop repair (拉修)"),
                         tr("The appliance goes to the workshop. Record the loaner unit left with the customer and the "
                            "IOU they signed."),
                         this);
    // R20 [000 四.2(2)]: the customer's unit is checked and signed for; a loaner comes from the pool
    dialog.addText(QStringLiteral("appearance"), tr("Appearance of the customer's appliance"));
    QList<QPair<QString, QString>> loaners{{tr("(no loaner)"), QString()}};
    for (const Record &u : m_desk.store().all(Store::LoanerUnits, QStringLiteral("serial"))) {
        if (u.value(QStringLiteral("state")).toString() != QLatin1String("in"))
            continue;
        const auto category = m_desk.store().load(Store::Categories, u.value(QStringLiteral("category")).toString());
        loaners << qMakePair(tr("%1 (%2)").arg(u.value(QStringLiteral("serial")).toString(),
                                               category ? category->value(QStringLiteral("name")).toString()
                                                        : u.value(QStringLiteral("category")).toString()),
                             u.value(QStringLiteral("serial")).toString());
    }
    dialog.addChoice(QStringLiteral("loaner_serial"), tr("Loaner unit"), loaners);
    dialog.addText(QStringLiteral("iou"), tr("IOU signed by the customer"));
    runCommandDialog(
        dialog,
        [&dialog] {
            QJsonObject f = dialog.fields();
            if (f.value(QStringLiteral("loaner_serial")).toString().isEmpty())
                f.remove(QStringLiteral("loaner_serial"));
            return f;
        },
        QStringLiteral("ticket.pull_back"), tr("%1: pulled back to the workshop."));
}

void DispatchBoard::complete()
{
    const QString ticket = selectedTicket();
    if (ticket.isEmpty())
        return say(tr("Select a ticket first."), true);
    CompletionDialog dialog(m_desk, ticket, this);
    runCommandDialog(
        dialog, [&dialog] { return dialog.fields(); }, QStringLiteral("ticket.complete"),
        tr("%1: completed; the callback is due within 24 hours."));
}

void DispatchBoard::reschedule()
{
    if (selectedTicket().isEmpty())
        return say(tr("Select a ticket first."), true);
    const int offset = m_desk.processor().settings().utcOffsetMinutes;
    CommandDialog dialog(tr("Reschedule"),
                         tr("A new time needs the customer's consent (R8): apologise, agree the time, note why."),
                         this);
    dialog.addDateTime(QStringLiteral("appointment_start"), tr("New time"), m_desk.clock().now().addSecs(3600), offset);
    dialog.addText(QStringLiteral("reason"), tr("Reason"));
    dialog.addCheck(QStringLiteral("customer_consent"), tr("The customer agreed to the new time"));
    dialog.addCheck(QStringLiteral("refused_entry"), tr("The customer refused entry (a manager visits)"));
    dialog.addText(QStringLiteral("override_reason"), tr("Override a schedule conflict because"));
    runCommandDialog(
        dialog, [&dialog] { return dialog.fields(); }, QStringLiteral("ticket.reschedule"), tr("%1: rescheduled."));
}

void DispatchBoard::reassign()
{
    const QString ticket = selectedTicket();
    if (ticket.isEmpty())
        return say(tr("Select a ticket first."), true);
    const auto record = m_desk.store().load(Store::Tickets, ticket);
    QList<QPair<QString, QString>> technicians;
    for (const Suggestion &s : TechnicianRanking::rank(
             m_desk.store(), *record, m_desk.clock().now().toMSecsSinceEpoch(), m_desk.processor().settings()))
        if (s.technicianId != record->value(QStringLiteral("technician_id")).toString())
            technicians << qMakePair(tr("%1 — %2").arg(s.name, s.reasons.join(tr(", "))), s.technicianId);
    CommandDialog dialog(tr("Reassign"), tr("Give the ticket to another technician, with the reason."), this);
    dialog.addChoice(QStringLiteral("technician"), tr("Technician"), technicians);
    dialog.addText(QStringLiteral("reason"), tr("Reason"));
    dialog.addText(QStringLiteral("override_reason"), tr("Override a schedule conflict because"));
    runCommandDialog(
        dialog, [&dialog] { return dialog.fields(); }, QStringLiteral("ticket.reassign"), tr("%1: reassigned."));
}

void DispatchBoard::contactedWithCorrections()
{
    const QString ticket = selectedTicket();
    if (ticket.isEmpty())
        return say(tr("Select a ticket first."), true);
    // R9 [002 §4.2.2]: details that differ from the record are corrected the same day
    CommandDialog dialog(tr("Customer contacted: details differ"),
                         tr("Fill in only what differs from the record; the rest stays as it is."), this);
    dialog.addText(QStringLiteral("address"), tr("Correct address"));
    dialog.addText(QStringLiteral("model"), tr("Correct model"));
    dialog.addText(QStringLiteral("fault"), tr("Fault as the customer describes it now"));
    dialog.addText(QStringLiteral("note"), tr("Note"));
    runCommandDialog(
        dialog,
        [&dialog] {
            QJsonObject f{{QStringLiteral("reached"), true}};
            const QJsonObject given = dialog.fields();
            for (auto it = given.begin(); it != given.end(); ++it)
                if (!it.value().toString().trimmed().isEmpty())
                    f.insert(it.key(), it.value().toString().trimmed());
            return f;
        },
        QStringLiteral("ticket.contact_attempt"), tr("%1: customer contacted; the record is corrected."));
}

void DispatchBoard::notHome()
{
    if (selectedTicket().isEmpty())
        return say(tr("Select a ticket first."), true);
    const RuleSettings settings = m_desk.processor().settings();
    // R19 [000 三.2]: knock, wait, phone, ask the neighbours, leave a note, tell the centre
    CommandDialog dialog(tr("Customer not at home"),
                         tr("What the technician did before leaving: wait at least %1 minutes at the door, phone the "
                            "customer, ask the neighbours, leave a note (留言条). The ticket then needs a new "
                            "appointment.")
                             .arg(settings.notHomeWaitMinutes),
                         this);
    dialog.addText(QStringLiteral("waited_minutes"), tr("Minutes waited at the door"),
                   QString::number(settings.notHomeWaitMinutes));
    dialog.addCheck(QStringLiteral("phoned"), tr("Phoned the customer"), true);
    dialog.addCheck(QStringLiteral("neighbours_asked"), tr("Asked the neighbours"));
    dialog.addCheck(QStringLiteral("note_left"), tr("Left a note at the door"), true);
    dialog.addText(QStringLiteral("note"), tr("Note"));
    runCommandDialog(
        dialog,
        [&dialog] {
            QJsonObject f = dialog.fields();
            bool number = false;
            const int minutes = f.value(QStringLiteral("waited_minutes")).toString().trimmed().toInt(&number);
            f.insert(QStringLiteral("waited_minutes"),
                     number ? QJsonValue(minutes) : f.value(QStringLiteral("waited_minutes")));
            return f;
        },
        QStringLiteral("ticket.not_home"), tr("%1: customer not at home — agree a new appointment."));
}

void DispatchBoard::apologyAnswer()
{
    if (selectedTicket().isEmpty())
        return say(tr("Select a ticket first."), true);
    // R12 [000 三.3(1)]: only an apology the customer does not accept sends the after-sales manager
    CommandDialog dialog(tr("The customer's answer to the apology"),
                         tr("The technician was more than %1 minutes late and apologised with a small gift. If the "
                            "customer does not accept the apology, the after-sales manager visits.")
                             .arg(m_desk.processor().settings().lateManagerMinutes),
                         this);
    dialog.addChoice(QStringLiteral("accepted"), tr("The customer"),
                     {{tr("accepted the apology"), QStringLiteral("yes")},
                      {tr("did not accept it: the manager visits"), QStringLiteral("no")}});
    dialog.addText(QStringLiteral("note"), tr("Note"));
    runCommandDialog(
        dialog,
        [&dialog] {
            QJsonObject f = dialog.fields();
            f.insert(QStringLiteral("accepted"),
                     f.value(QStringLiteral("accepted")).toString() == QLatin1String("yes"));
            return f;
        },
        QStringLiteral("ticket.apology"), tr("%1: the customer's answer is recorded."));
}

void DispatchBoard::partsArrived()
{
    if (selectedTicket().isEmpty())
        return say(tr("Select a ticket first."), true);
    const int offset = m_desk.processor().settings().utcOffsetMinutes;
    CommandDialog dialog(tr("Parts arrived"),
                         tr("The same technician goes back; agree the revisit time with the customer."), this);
    dialog.addDateTime(QStringLiteral("appointment_start"), tr("Revisit"), m_desk.clock().now().addSecs(2 * 3600),
                       offset);
    dialog.addText(QStringLiteral("override_reason"), tr("Override a schedule conflict because"));
    runCommandDialog(
        dialog, [&dialog] { return dialog.fields(); }, QStringLiteral("ticket.parts_arrived"),
        tr("%1: the parts arrived; the revisit is planned."));
}

void DispatchBoard::requestSupport()
{
    if (selectedTicket().isEmpty())
        return say(tr("Select a ticket first."), true);
    const auto record = m_desk.store().load(Store::Tickets, selectedTicket());
    CommandDialog dialog(tr("Second technician"),
                         tr("Why the job needs a second technician, and who goes: the helper's day gets "
                            "the visit too."),
                         this);
    dialog.addText(QStringLiteral("reason"), tr("Reason"));
    QList<QPair<QString, QString>> helpers{{tr("(to be found)"), QString()}};
    for (const Suggestion &s : TechnicianRanking::rank(
             m_desk.store(), *record, m_desk.clock().now().toMSecsSinceEpoch(), m_desk.processor().settings()))
        if (s.technicianId != record->value(QStringLiteral("technician_id")).toString())
            helpers << qMakePair(s.name, s.technicianId);
    dialog.addChoice(QStringLiteral("helper"), tr("Helper"), helpers);
    dialog.addDateTime(QStringLiteral("appointment_start"), tr("Helper arrives"), m_desk.clock().now().addSecs(1800),
                       m_desk.processor().settings().utcOffsetMinutes);
    dialog.addText(QStringLiteral("override_reason"), tr("Override a schedule conflict because"));
    runCommandDialog(
        dialog,
        [&dialog] {
            QJsonObject f = dialog.fields();
            if (f.value(QStringLiteral("helper")).toString().isEmpty()) {
                f.remove(QStringLiteral("helper"));
                f.remove(QStringLiteral("appointment_start"));
            }
            return f;
        },
        QStringLiteral("ticket.request_support"), tr("%1: a second technician is requested."));
}

void DispatchBoard::loanerBack()
{
    const QString ticket = selectedTicket();
    if (ticket.isEmpty())
        return say(tr("Select a ticket first."), true);
    QString serial;
    for (const Record &u : m_desk.store().all(Store::LoanerUnits, QStringLiteral("serial")))
        if (u.value(QStringLiteral("state")).toString() == QLatin1String("out") &&
            u.value(QStringLiteral("ticket_id")).toString() == ticket)
            serial = u.value(QStringLiteral("serial")).toString();
    if (serial.isEmpty())
        return say(tr("%1 has no loaner out.").arg(numberOf(ticket, {})), true);
    submit(QStringLiteral("loaner.return"), {{QStringLiteral("serial"), serial}},
           tr("%1: loaner %2 is back at the centre.").arg(QStringLiteral("%1"), serial));
}

bool DispatchBoard::openMaintenanceTicket()
{
    // R22 [004 第一 全程管家]: the customers whose appliance is due; one becomes a maintenance ticket on the board
    const RuleSettings settings = m_desk.processor().settings();
    const QList<Record> due =
        ReportQueries(m_desk.store())
            .maintenanceDue(m_desk.clock().now().toMSecsSinceEpoch(), settings.utcOffsetMinutes, 500);
    if (due.isEmpty()) {
        say(tr("No appliance is due for maintenance."));
        return false;
    }
    QList<QPair<QString, QString>> items;
    for (const Record &r : due)
        items << qMakePair(tr("%1 — %2 %3, due %4")
                               .arg(r.value(QStringLiteral("customer_name")).toString(),
                                    r.value(QStringLiteral("category_name")).toString(),
                                    r.value(QStringLiteral("model")).toString(),
                                    r.value(QStringLiteral("due")).toString()),
                           r.value(QStringLiteral("product_id")).toString());
    CommandDialog dialog(tr("Maintenance due"),
                         tr("%n appliance(s) are due for maintenance. Choose one to open its maintenance ticket; then "
                            "dispatch it with the time agreed with the customer.",
                            nullptr, int(due.size())),
                         this);
    dialog.addChoice(QStringLiteral("product"), tr("Appliance"), items);
    while (m_runDialog(dialog) == QDialog::Accepted) {
        const QString product = dialog.fields().value(QStringLiteral("product")).toString();
        QString customer;
        for (const Record &r : due)
            if (r.value(QStringLiteral("product_id")).toString() == product)
                customer = r.value(QStringLiteral("customer_id")).toString();
        const CommandResult r = m_desk.submit(QStringLiteral("ticket.open"),
                                              {{QStringLiteral("kind"), QStringLiteral("maintenance")},
                                               {QStringLiteral("customer"), customer},
                                               {QStringLiteral("product"), product},
                                               {QStringLiteral("channel"), QStringLiteral("hotline")},
                                               {QStringLiteral("fault"), tr("Scheduled maintenance (定期保养)")}});
        if (r.ok) {
            say(tr("%1: maintenance ticket opened.").arg(numberOf(r.id, r)));
            selectTicket(r.id);
            return true;
        }
        dialog.showError(r.error.message);
    }
    return false;
}

bool DispatchBoard::addLoanerUnit()
{
    QList<QPair<QString, QString>> categories;
    for (const Record &c : m_desk.store().all(Store::Categories, QStringLiteral("name")))
        categories << qMakePair(c.value(QStringLiteral("name")).toString(), c.value(QStringLiteral("id")).toString());
    CommandDialog dialog(tr("Add a loaner unit"),
                         tr("A unit lent to customers while their appliance is repaired in the workshop."), this);
    dialog.addText(QStringLiteral("serial"), tr("Serial number"));
    dialog.addChoice(QStringLiteral("category"), tr("Category"), categories);
    dialog.addText(QStringLiteral("model"), tr("Model"));
    dialog.addText(QStringLiteral("location"), tr("Kept at"));
    while (m_runDialog(dialog) == QDialog::Accepted) {
        const CommandResult r = m_desk.submit(QStringLiteral("loaner.upsert"), dialog.fields());
        if (r.ok) {
            say(tr("Loaner unit %1 is in the pool.").arg(r.id));
            return true;
        }
        dialog.showError(r.error.message);
    }
    return false;
}

void DispatchBoard::verify()
{
    if (selectedTicket().isEmpty())
        return say(tr("Select a ticket first."), true);
    CommandDialog dialog(tr("Details verified"),
                         tr("The missing model, purchase date or address were checked with the customer."), this);
    dialog.addText(QStringLiteral("note"), tr("What was checked"));
    runCommandDialog(
        dialog, [&dialog] { return dialog.fields(); }, QStringLiteral("ticket.verify"),
        tr("%1: verified; the flag is cleared."));
}

void DispatchBoard::collectPayment()
{
    const QString ticket = selectedTicket();
    if (ticket.isEmpty())
        return say(tr("Select a ticket first."), true);
    collectPaymentOf(ticket);
}

bool DispatchBoard::collectOpenCharge()
{
    // R6 [002 §4.7.5]: a charge left unpaid at the visit is collected later, after the ticket closed too
    const QList<Record> open = ReportQueries(m_desk.store()).openCharges(500);
    if (open.isEmpty()) {
        say(tr("No ticket has an open charge."));
        return false;
    }
    QList<QPair<QString, QString>> items;
    for (const Record &r : open)
        items << qMakePair(tr("%1 — %2, %3 open (%4)")
                               .arg(r.value(QStringLiteral("number")).toString(),
                                    r.value(QStringLiteral("customer_name")).toString(),
                                    DisplayText::money(r.value(QStringLiteral("open_fen")).toLongLong()),
                                    TicketStates::label(r.value(QStringLiteral("state")).toString())),
                           r.value(QStringLiteral("id")).toString());
    CommandDialog dialog(
        tr("Open charges"),
        tr("%n ticket(s) have a charge not yet paid. Choose the one the customer paid.", nullptr, int(open.size())),
        this);
    dialog.addChoice(QStringLiteral("ticket"), tr("Ticket"), items);
    if (m_runDialog(dialog) != QDialog::Accepted)
        return false;
    return collectPaymentOf(dialog.fields().value(QStringLiteral("ticket")).toString());
}

bool DispatchBoard::collectPaymentOf(const QString &ticket)
{
    const auto record = m_desk.store().load(Store::Tickets, ticket);
    if (!record)
        return false;
    const qint64 open = record->value(QStringLiteral("charges_fen")).toLongLong() -
                        record->value(QStringLiteral("paid_fen")).toLongLong();
    if (open <= 0) {
        say(tr("%1 has nothing left to pay.").arg(record->value(QStringLiteral("number")).toString()), true);
        return false;
    }
    // R6 [002 §4.7.5]: an unpaid charge collected later
    CommandDialog dialog(tr("Payment received"),
                         tr("Open charge: %1. Enter the amount received, in yuan.").arg(DisplayText::money(open)),
                         this);
    dialog.addText(QStringLiteral("amount"), tr("Amount (¥)"), QString::number(double(open) / 100.0, 'f', 2));
    return runCommandDialog(
        dialog,
        [&dialog, ticket] {
            bool ok = false;
            const double yuan = dialog.fields().value(QStringLiteral("amount")).toString().trimmed().toDouble(&ok);
            return QJsonObject{{QStringLiteral("ticket"), ticket},
                               {QStringLiteral("amount_fen"), ok ? QJsonValue(qRound64(yuan * 100.0)) : QJsonValue()}};
        },
        QStringLiteral("ticket.payment"), tr("%1: payment recorded."));
}

void DispatchBoard::cancelTicket()
{
    if (selectedTicket().isEmpty())
        return say(tr("Select a ticket first."), true);
    CommandDialog dialog(tr("Cancel the ticket"),
                         tr("A cancelled ticket is never deleted; say why it is cancelled (R17)."), this);
    dialog.addText(QStringLiteral("reason"), tr("Reason"));
    runCommandDialog(
        dialog, [&dialog] { return dialog.fields(); }, QStringLiteral("ticket.cancel"), tr("%1: cancelled."));
}

void DispatchBoard::showTicket(const QString &ticketId)
{
    selectTicket(ticketId);
    m_table->setFocus();
    if (selectedTicket() == ticketId)
        return;
    TimelineDialog dialog(m_desk, ticketId, this);
    m_runDialog(dialog);
}

void DispatchBoard::showTimeline()
{
    const QString ticket = selectedTicket();
    if (ticket.isEmpty())
        return say(tr("Select a ticket first."), true);
    TimelineDialog dialog(m_desk, ticket, this);
    m_runDialog(dialog);
}

QDir DispatchBoard::documentsFolder()
{
    // The user's documents folder, made when the desk's account has none yet (a fresh PC, a new user)
    const QString path = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QDir().mkpath(path);
    return QDir(path);
}

void DispatchBoard::printTicketForm(const TicketForm &make)
{
    const QString ticket = selectedTicket();
    if (ticket.isEmpty())
        return say(tr("Select a ticket first."), true);
    QString error;
    const std::optional<PrintedForm> form = make(m_desk, ticket, &error);
    if (!form)
        return say(error, true);
    previewForm(*form);
}

void DispatchBoard::previewForm(const PrintedForm &form)
{
    bool ok = false;
    const QString message = FormOutput::preview(form, this, &ok, m_runDialog);
    if (!message.isEmpty())
        say(message, !ok);
}

void DispatchBoard::printReceipt()
{
    printTicketForm(&FormPrinter::receiptForm);
}

void DispatchBoard::printJobSheet()
{
    printTicketForm(&FormPrinter::jobSheetForm);
}

void DispatchBoard::printPartsRequisition()
{
    printTicketForm(&FormPrinter::partsRequisitionForm);
}

void DispatchBoard::printFormForTicket()
{
    const QString ticket = selectedTicket();
    const auto record = ticket.isEmpty() ? std::nullopt : m_desk.store().load(Store::Tickets, ticket);
    const QString state = record ? record->value(QStringLiteral("state")).toString() : QString();
    if (state == QLatin1String("completed") || state == QLatin1String("closed"))
        printReceipt();
    else if (state == QLatin1String("awaiting_parts"))
        printPartsRequisition();
    else
        printJobSheet();
}

void DispatchBoard::printDispatchSheet()
{
    const QString ticket = selectedTicket();
    const auto record = ticket.isEmpty() ? std::nullopt : m_desk.store().load(Store::Tickets, ticket);
    const QString tech = record ? record->value(QStringLiteral("technician_id")).toString() : QString();
    if (tech.isEmpty())
        return say(tr("Select a ticket of the technician whose day you want to print."), true);
    QString error;
    const std::optional<PrintedForm> form = FormPrinter::dispatchSheetForm(m_desk, tech, m_day->date(), &error);
    if (!form)
        return say(error, true);
    previewForm(*form);
}

void DispatchBoard::dropTicket(const QString &ticketId, const QString &technicianId, qint64 startMs)
{
    const auto ticket = m_desk.store().load(Store::Tickets, ticketId);
    if (!ticket)
        return;
    selectTicket(ticketId);
    const RuleSettings settings = m_desk.processor().settings();
    const qint64 endMs = startMs + qint64(settings.appointmentMinutes) * 60000;
    const QString state = ticket->value(QStringLiteral("state")).toString();
    const bool assigned = !ticket->value(QStringLiteral("technician_id")).isNull();
    QString command = QStringLiteral("ticket.dispatch");
    if (assigned && ticket->value(QStringLiteral("technician_id")).toString() == technicianId)
        command = QStringLiteral("ticket.reschedule");
    else if (assigned && TicketStates::allowedFrom(QStringLiteral("ticket.reassign")).contains(state))
        command = QStringLiteral("ticket.reassign");
    // R10 shown before the drop lands: a conflict needs a reason
    const QStringList conflicts =
        ScheduleRules::conflicts(m_desk.store(), technicianId, *ticket, startMs, endMs, settings);
    QJsonObject fields{{QStringLiteral("ticket"), ticketId},
                       {QStringLiteral("technician"), technicianId},
                       {QStringLiteral("appointment_start"), TimeFormat::iso(startMs, settings.utcOffsetMinutes)}};
    if (command != QLatin1String("ticket.dispatch")) {
        CommandDialog dialog(tr("Move the appointment"),
                             tr("Moving a dispatched ticket needs a reason; a new time needs the customer's consent."),
                             this);
        dialog.addText(QStringLiteral("reason"), tr("Reason"));
        if (command == QLatin1String("ticket.reschedule"))
            dialog.addCheck(QStringLiteral("customer_consent"), tr("The customer agreed to the new time"));
        if (!conflicts.isEmpty())
            dialog.addText(QStringLiteral("override_reason"), tr("Override the conflict because"));
        if (m_runDialog(dialog) != QDialog::Accepted)
            return say(tr("Not moved."));
        for (auto it = dialog.fields().begin(); it != dialog.fields().end(); ++it)
            fields.insert(it.key(), it.value());
    } else if (!conflicts.isEmpty()) {
        CommandDialog dialog(tr("Schedule conflict"), conflicts.join(QLatin1Char('\n')), this);
        dialog.addText(QStringLiteral("override_reason"), tr("Dispatch anyway because"));
        if (m_runDialog(dialog) != QDialog::Accepted ||
            dialog.fields().value(QStringLiteral("override_reason")).toString().isEmpty())
            return say(tr("Not dispatched: %1").arg(conflicts.join(tr("; "))), true);
        fields.insert(QStringLiteral("override_reason"), dialog.fields().value(QStringLiteral("override_reason")));
    }
    if (command == QLatin1String("ticket.reschedule"))
        fields.remove(QStringLiteral("technician"));
    if (command == QLatin1String("ticket.reassign"))
        fields.remove(QStringLiteral("appointment_start"));
    submit(command, fields, tr("%1: planned on the technician's day."));
}

bool DispatchBoard::exportCsv(const QString &givenPath)
{
    QString path = givenPath;
    if (path.isEmpty())
        path = QFileDialog::getSaveFileName(
            this, tr("Export the ticket list"),
            QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).filePath(tr("tickets.xlsx")),
            TableExport::fileFilters());
    if (path.isEmpty())
        return false;
    m_model->loadAll(); // every open ticket, not only those read so far
    QString error;
    if (!TableExport::writeTable(*m_proxy, tr("Open tickets"), path, &error)) {
        say(error, true);
        return false;
    }
    say(tr("Saved %1").arg(QDir::toNativeSeparators(path)));
    return true;
}
