#include "ComplaintsView.h"

#include "print/FormOutput.h"

#include "DisplayText.h"
#include "Icons.h"
#include "models/ComplaintListModel.h"
#include "models/ReportTableModel.h"
#include "reports/SupervisorText.h"
#include "reports/TableExport.h"
#include "service/DeskService.h"
#include "storage/SupervisorQueries.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

ComplaintsView::ComplaintsView(DeskService &desk, QWidget *parent)
    : QWidget(parent), m_desk(desk), m_model(new ComplaintListModel(desk, this)),
      m_steps(new ReportTableModel({{QStringLiteral("at"), tr("When"), ReportTableModel::DateTime},
                                    {QStringLiteral("user_name"), tr("By"), ReportTableModel::Text},
                                    {QStringLiteral("text"), tr("Step"), ReportTableModel::Text}},
                                   this)),
      m_table(new QTableView), m_tracking(new QTextBrowser), m_stepTable(new QTableView), m_ticket(new QLineEdit),
      m_severity(new QComboBox), m_owner(new QComboBox), m_reason(new QLineEdit), m_step(new QLineEdit),
      m_resolution(new QLineEdit), m_confirmed(new QCheckBox(tr("The customer confirmed"))), m_message(new QLabel)
{
    auto *proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(m_model);
    proxy->setSortRole(ComplaintListModel::RawValueRole);
    m_table->setModel(proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ComplaintListModel::Opened, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setObjectName(QStringLiteral("complaintTable"));
    m_stepTable->setModel(m_steps);
    m_stepTable->verticalHeader()->hide();
    m_stepTable->horizontalHeader()->setStretchLastSection(true);
    m_tracking->setObjectName(QStringLiteral("complaintTracking"));
    m_message->setObjectName(QStringLiteral("complaintMessage"));
    m_message->setWordWrap(true);
    m_steps->setUtcOffsetMinutes(desk.processor().settings().utcOffsetMinutes);

    // Register a complaint
    m_ticket->setObjectName(QStringLiteral("complaintTicket"));
    m_ticket->setPlaceholderText(tr("Ticket number"));
    m_reason->setObjectName(QStringLiteral("complaintReason"));
    m_reason->setPlaceholderText(tr("What the customer complains about"));
    m_severity->addItem(SupervisorText::severity(QStringLiteral("minor")), QStringLiteral("minor"));
    m_severity->addItem(SupervisorText::severity(QStringLiteral("normal")), QStringLiteral("normal"));
    m_severity->addItem(SupervisorText::severity(QStringLiteral("serious")), QStringLiteral("serious"));
    m_severity->setCurrentIndex(1);
    m_owner->addItem(tr("(nobody yet)"), QString());
    for (const Record &u : desk.store().all(Store::Users, QStringLiteral("name")))
        if (u.value(QStringLiteral("role")).toString() == QLatin1String("supervisor") ||
            u.value(QStringLiteral("role")).toString() == QLatin1String("admin"))
            m_owner->addItem(u.value(QStringLiteral("name")).toString(), u.value(QStringLiteral("id")));
    // The supervisor on duty (the one logged in) follows a complaint they register; another can be chosen
    m_owner->setCurrentIndex(qMax(0, m_owner->findData(desk.user())));
    auto *registerButton = new QPushButton(Icons::get(Icons::Complaint), tr("Register complaint"));
    registerButton->setProperty("command", QStringLiteral("complaint.open"));
    registerButton->setToolTip(tr("Open a complaint with this ticket, severity, owner and reason"));
    connect(registerButton, &QPushButton::clicked, this, [this] {
        if (registerComplaint(m_ticket->text().trimmed(), m_severity->currentData().toString(),
                              m_reason->text().trimmed(), m_owner->currentData().toString())) {
            m_ticket->clear();
            m_reason->clear();
        }
    });
    auto *registerBox = new QGroupBox(tr("Register a complaint (顾客投诉登记)"));
    auto *registerLayout = new QHBoxLayout(registerBox);
    registerLayout->addWidget(m_ticket);
    registerLayout->addWidget(m_severity);
    registerLayout->addWidget(m_owner);
    registerLayout->addWidget(m_reason, 1);
    registerLayout->addWidget(registerButton);

    // Tracking sheet of the selected complaint
    m_step->setObjectName(QStringLiteral("complaintStep"));
    m_step->setPlaceholderText(tr("What was done (a call, a visit, a refund…)"));
    m_resolution->setObjectName(QStringLiteral("complaintResolution"));
    m_resolution->setPlaceholderText(tr("How it was resolved"));
    auto *stepButton = new QPushButton(Icons::get(Icons::Add), tr("Add step"));
    stepButton->setProperty("command", QStringLiteral("complaint.step"));
    stepButton->setToolTip(tr("Add what was done to the selected complaint's tracking sheet (Enter in the field)"));
    auto *resolveButton = new QPushButton(Icons::get(Icons::Complete), tr("Resolve"));
    resolveButton->setProperty("command", QStringLiteral("complaint.resolve"));
    resolveButton->setToolTip(
        tr("Record how the selected complaint was resolved; it closes once the customer has confirmed"));
    connect(stepButton, &QPushButton::clicked, this, [this] {
        if (addStep(m_step->text().trimmed()))
            m_step->clear();
    });
    connect(m_step, &QLineEdit::returnPressed, stepButton, &QPushButton::click);
    connect(resolveButton, &QPushButton::clicked, this, [this] {
        if (resolve(m_resolution->text().trimmed(), m_confirmed->isChecked())) {
            m_resolution->clear();
            m_confirmed->setChecked(false);
        }
    });
    auto *printTracking = new QPushButton(Icons::get(Icons::Print), tr("Print tracking sheet…"));
    printTracking->setObjectName(QStringLiteral("printTracking"));
    printTracking->setToolTip(tr("Print the selected complaint's tracking sheet (跟踪单) with its steps"));
    connect(printTracking, &QPushButton::clicked, this, [this] {
        const std::optional<PrintedForm> form = trackingForm();
        if (!form)
            return showMessage(tr("Choose a complaint first."), true);
        bool ok = false;
        const QString message = FormOutput::preview(*form, this, &ok);
        if (!message.isEmpty())
            showMessage(message, !ok);
    });
    auto *trackBox = new QGroupBox(tr("Tracking sheet (跟踪单)"));
    auto *trackLayout = new QVBoxLayout(trackBox);
    trackLayout->addWidget(m_tracking, 2);
    trackLayout->addWidget(m_stepTable, 2);
    auto *stepRow = new QHBoxLayout;
    stepRow->addWidget(m_step, 1);
    stepRow->addWidget(stepButton);
    stepRow->addWidget(printTracking);
    trackLayout->addLayout(stepRow);
    auto *resolveRow = new QHBoxLayout;
    resolveRow->addWidget(m_resolution, 1);
    resolveRow->addWidget(m_confirmed);
    resolveRow->addWidget(resolveButton);
    trackLayout->addLayout(resolveRow);

    auto *exportButton = new QPushButton(Icons::get(Icons::Export), tr("Export…"));
    exportButton->setToolTip(tr("Save the complaint register, as an Excel workbook or CSV"));
    connect(exportButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export the complaint register"),
                                                          tr("complaints.xlsx"), TableExport::fileFilters());
        if (!path.isEmpty())
            exportCsv(path);
    });
    auto *printButton = new QPushButton(Icons::get(Icons::Print), tr("Print register…"));
    printButton->setToolTip(tr("Print the complaint register, with a preview; or save it as PDF (Ctrl+P)"));
    printButton->setObjectName(QStringLiteral("printRegister"));
    connect(printButton, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const QString message = FormOutput::preview(registerForm(), this, &ok);
        if (!message.isEmpty())
            showMessage(message, !ok);
    });
    auto *printKey = new QShortcut(QKeySequence::Print, this);
    printKey->setContext(Qt::WidgetWithChildrenShortcut);
    printKey->setWhatsThis(tr("Print the complaint register"));
    connect(printKey, &QShortcut::activated, printButton, &QPushButton::click);
    auto *left = new QWidget;
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_table, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(new QLabel(tr("Complaints past their deadline and not resolved are red.")), 1);
    buttons->addWidget(exportButton);
    buttons->addWidget(printButton);
    leftLayout->addLayout(buttons);
    auto *split = new QSplitter;
    split->addWidget(left);
    split->addWidget(trackBox);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    // R21 [000 三.3]: the manager's tasks (a refused apology or entry, a serious complaint), closed with what happened
    m_tasks = new ReportTableModel({{QStringLiteral("due_at"), tr("Due"), ReportTableModel::DateTime},
                                    {QStringLiteral("kind_text"), tr("Task"), ReportTableModel::Text},
                                    {QStringLiteral("number"), tr("Ticket"), ReportTableModel::Text},
                                    {QStringLiteral("customer_name"), tr("Customer"), ReportTableModel::Text},
                                    {QStringLiteral("owner_name"), tr("Owner"), ReportTableModel::Text},
                                    {QStringLiteral("note"), tr("Note"), ReportTableModel::Text}},
                                   this);
    m_tasks->setUtcOffsetMinutes(desk.processor().settings().utcOffsetMinutes);
    m_taskTable = new QTableView;
    m_taskTable->setObjectName(QStringLiteral("managerTasks"));
    m_taskTable->setAccessibleName(tr("Manager's tasks"));
    m_taskTable->setModel(m_tasks);
    m_taskTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_taskTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_taskTable->verticalHeader()->hide();
    m_taskTable->horizontalHeader()->setStretchLastSection(true);
    m_taskTable->setMaximumHeight(140);
    m_outcome = new QLineEdit;
    m_outcome->setObjectName(QStringLiteral("taskOutcome"));
    m_outcome->setPlaceholderText(tr("What happened (the manager visited, the customer accepted…)"));
    m_outcome->setAccessibleName(tr("Outcome of the task"));
    auto *doneButton = new QPushButton(Icons::get(Icons::Complete), tr("Task done"));
    doneButton->setProperty("command", QStringLiteral("task.done"));
    doneButton->setToolTip(tr("Close the selected task with what happened (Enter in the field)"));
    connect(doneButton, &QPushButton::clicked, this, [this] { finishTask(m_outcome->text()); });
    connect(m_outcome, &QLineEdit::returnPressed, doneButton, &QPushButton::click);
    auto *taskBox = new QGroupBox(tr("Manager's tasks"));
    auto *taskLayout = new QVBoxLayout(taskBox);
    taskLayout->addWidget(m_taskTable);
    auto *outcomeRow = new QHBoxLayout;
    outcomeRow->addWidget(m_outcome, 1);
    outcomeRow->addWidget(doneButton);
    taskLayout->addLayout(outcomeRow);
    connect(&desk, &DeskService::tasksChanged, this, &ComplaintsView::reloadTasks);
    connect(&desk, &DeskService::deskReset, this, &ComplaintsView::reloadTasks);
    reloadTasks();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(registerBox);
    layout->addWidget(split, 1);
    layout->addWidget(taskBox);
    layout->addWidget(m_message);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ComplaintsView::showTracking);
    connect(&desk, &DeskService::complaintsChanged, this, [this](const QStringList &ids) {
        for (const QString &id : ids)
            m_model->refreshComplaint(id);
        showTracking();
    });
    connect(&desk, &DeskService::deskReset, this, [this] {
        m_model->reload();
        showTracking();
    });
    m_table->horizontalHeader()->setResizeContentsPrecision(100);
    m_table->resizeColumnsToContents();
    if (proxy->rowCount() > 0)
        m_table->selectRow(0);
    showTracking();
}

void ComplaintsView::reloadTasks()
{
    QList<Record> rows = SupervisorQueries(m_desk.store()).openTasks();
    for (Record &r : rows)
        r.insert(QStringLiteral("kind_text"), SupervisorText::taskKind(r.value(QStringLiteral("kind")).toString()));
    m_tasks->setRows(rows);
    if (!rows.isEmpty())
        m_taskTable->selectRow(0);
}

bool ComplaintsView::finishTask(const QString &outcome)
{
    const QModelIndex i = m_taskTable->currentIndex();
    if (!i.isValid() || i.row() >= m_tasks->rows().size()) {
        showMessage(tr("Select a task first."), true);
        return false;
    }
    const Record task = m_tasks->rows().at(i.row());
    const CommandResult r = m_desk.submit(QStringLiteral("task.done"),
                                          {{QStringLiteral("task"), task.value(QStringLiteral("id")).toString()},
                                           {QStringLiteral("outcome"), outcome.trimmed()}});
    if (!r.ok) {
        showMessage(r.error.message, true);
        return false;
    }
    m_outcome->clear();
    showMessage(tr("Task closed: %1").arg(task.value(QStringLiteral("kind_text")).toString()), false);
    return true;
}

void ComplaintsView::tick()
{
    m_model->setNow(m_desk.clock().now());
}

bool ComplaintsView::selectComplaint(const QString &complaintId)
{
    const int source = m_model->rowOfComplaint(complaintId);
    if (source < 0)
        return false;
    auto *proxy = static_cast<QSortFilterProxyModel *>(m_table->model());
    const QModelIndex i = proxy->mapFromSource(m_model->index(source, 0));
    m_table->setCurrentIndex(i);
    m_table->selectRow(i.row());
    return true;
}

QString ComplaintsView::currentComplaintId() const
{
    const QModelIndex i = m_table->currentIndex();
    return i.isValid() ? i.siblingAtColumn(0).data(ComplaintListModel::ComplaintIdRole).toString() : QString();
}

void ComplaintsView::showTracking()
{
    const QString id = currentComplaintId();
    SupervisorQueries queries(m_desk.store());
    const std::optional<Record> c = id.isEmpty() ? std::nullopt : queries.complaint(id);
    if (!c) {
        m_tracking->setHtml(tr("<p>No complaint selected.</p>"));
        m_trackingHtml.clear();
        m_steps->setRows({});
        return;
    }
    const int offset = m_desk.processor().settings().utcOffsetMinutes;
    auto time = [offset](const QVariant &v) {
        return v.isNull() ? QString() : DisplayText::dateTime(v.toLongLong(), offset);
    };
    QString h = QStringLiteral("<h3>") +
                tr("Complaint about %1")
                    .arg(c->value(QStringLiteral("number")).toString().isEmpty()
                             ? c->value(QStringLiteral("technician_name")).toString()
                             : c->value(QStringLiteral("number")).toString())
                    .toHtmlEscaped() +
                QStringLiteral("</h3><table cellspacing='2'>");
    auto row = [&h](const QString &label, const QString &value) {
        h += QStringLiteral("<tr><td><i>") + label.toHtmlEscaped() + QStringLiteral("</i></td><td>") +
             value.toHtmlEscaped() + QStringLiteral("</td></tr>");
    };
    row(tr("Customer"), c->value(QStringLiteral("customer_name")).toString());
    row(tr("Technician"), c->value(QStringLiteral("technician_name")).toString());
    row(tr("Complaint"), c->value(QStringLiteral("reason")).toString());
    row(tr("Customer's words"), c->value(QStringLiteral("words")).toString());
    row(tr("Severity"), SupervisorText::severity(c->value(QStringLiteral("severity")).toString()));
    row(tr("Owner"), c->value(QStringLiteral("owner_name")).toString());
    row(tr("Registered"), time(c->value(QStringLiteral("opened_at"))));
    row(tr("Deadline"), time(c->value(QStringLiteral("deadline"))));
    row(tr("State"), SupervisorText::complaintState(c->value(QStringLiteral("state")).toString()));
    row(tr("Resolution"), c->value(QStringLiteral("resolution")).toString());
    row(tr("Resolved"), time(c->value(QStringLiteral("resolved_at"))));
    row(tr("Customer confirmed"), c->value(QStringLiteral("customer_confirmed")).isNull()  ? QString()
                                  : c->value(QStringLiteral("customer_confirmed")).toInt() ? tr("yes")
                                                                                           : tr("not yet"));
    h += QStringLiteral("</table>");
    m_tracking->setHtml(h);
    m_trackingHtml = h;
    m_steps->setRows(queries.complaintSteps(id));
    m_stepTable->resizeColumnsToContents();
}

bool ComplaintsView::registerComplaint(const QString &ticketNumber, const QString &severity, const QString &reason,
                                       const QString &owner)
{
    QJsonObject fields{{QStringLiteral("severity"), severity}, {QStringLiteral("reason"), reason}};
    if (!ticketNumber.isEmpty()) {
        const std::optional<QString> ticket = SupervisorQueries(m_desk.store()).ticketIdByNumber(ticketNumber);
        fields.insert(QStringLiteral("ticket"), ticket.value_or(ticketNumber));
    }
    if (!owner.isEmpty())
        fields.insert(QStringLiteral("owner"), owner);
    const CommandResult r = m_desk.submit(QStringLiteral("complaint.open"), fields);
    if (!r.ok) {
        showMessage(r.error.message, true);
        return false;
    }
    selectComplaint(r.id);
    showMessage(tr("Complaint registered."), false);
    return true;
}

bool ComplaintsView::addStep(const QString &text)
{
    const CommandResult r =
        m_desk.submit(QStringLiteral("complaint.step"),
                      {{QStringLiteral("complaint"), currentComplaintId()}, {QStringLiteral("text"), text}});
    if (!r.ok) {
        showMessage(r.error.message, true);
        return false;
    }
    showMessage(tr("Step added."), false);
    return true;
}

bool ComplaintsView::resolve(const QString &resolution, bool customerConfirmed)
{
    QJsonObject fields{{QStringLiteral("complaint"), currentComplaintId()},
                       {QStringLiteral("customer_confirmed"), customerConfirmed}};
    if (!resolution.isEmpty())
        fields.insert(QStringLiteral("resolution"), resolution);
    const CommandResult r = m_desk.submit(QStringLiteral("complaint.resolve"), fields);
    if (!r.ok) {
        showMessage(r.error.message, true);
        return false;
    }
    showMessage(customerConfirmed ? tr("Resolved and confirmed by the customer: the complaint is closed.")
                                  : tr("Resolved; waiting for the customer's confirmation."),
                false);
    return true;
}

QString ComplaintsView::lastMessage() const
{
    return m_message->text();
}

void ComplaintsView::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color: #c62828") : QStringLiteral("color: #2e7d32"));
}

bool ComplaintsView::exportCsv(const QString &path)
{
    QString error;
    const bool ok = TableExport::writeTable(*m_table->model(), tr("Complaint register"), path, &error);
    showMessage(ok ? tr("Exported to %1.").arg(path) : error, !ok);
    return ok;
}

std::optional<PrintedForm> ComplaintsView::trackingForm() const
{
    if (m_trackingHtml.isEmpty())
        return std::nullopt;
    return TableExport::form(QStringLiteral("complaint_tracking"), tr("Complaint tracking sheet (顾客投诉跟踪单)"),
                             m_desk.processor().settings().centreName, {{tr("Steps"), m_steps}}, m_trackingHtml);
}

PrintedForm ComplaintsView::registerForm() const
{
    return TableExport::form(
        QStringLiteral("complaint_register"), tr("Complaint register (顾客投诉登记表)"),
        DisplayText::dateTime(m_desk.clock().now().toMSecsSinceEpoch(), m_desk.processor().settings().utcOffsetMinutes),
        {{QString(), m_table->model()}});
}

bool ComplaintsView::printRegister(const QString &pdfPath)
{
    QString error;
    const bool ok = TableExport::writePdf(
        tr("Complaint register (顾客投诉登记表)"),
        DisplayText::dateTime(m_desk.clock().now().toMSecsSinceEpoch(), m_desk.processor().settings().utcOffsetMinutes),
        {{QString(), m_table->model()}}, pdfPath, &error);
    showMessage(ok ? tr("Printed to %1.").arg(pdfPath) : error, !ok);
    return ok;
}
