#include "CallbackQueueView.h"

#include "CallbackScriptForm.h"
#include "DisplayText.h"
#include "Icons.h"
#include "models/CallbackQueueModel.h"
#include "models/CallbackQueueSortFilterModel.h"
#include "reports/SupervisorText.h"
#include "reports/TableExport.h"
#include "rules/Labels.h"
#include "rules/PhoneNumbers.h"
#include "rules/TicketStates.h"
#include "service/DeskService.h"
#include "storage/SupervisorQueries.h"

#include <QCheckBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

CallbackQueueView::CallbackQueueView(DeskService &desk, QWidget *parent)
    : QWidget(parent), m_desk(desk), m_model(new CallbackQueueModel(desk, this, false)),
      m_proxy(new CallbackQueueSortFilterModel(this)), m_table(new QTableView), m_detail(new QTextBrowser),
      m_script(new CallbackScriptForm), m_summary(new QLabel), m_message(new QLabel),
      m_showAll(new QCheckBox(tr("Show later callbacks too")))
{
    m_proxy->setSourceModel(m_model);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(CallbackQueueModel::Due, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setObjectName(QStringLiteral("callbackTable"));
    m_detail->setObjectName(QStringLiteral("callbackDetail"));
    m_detail->setOpenLinks(false);
    m_message->setObjectName(QStringLiteral("callbackMessage"));
    m_message->setWordWrap(true);
    m_summary->setObjectName(QStringLiteral("callbackSummary"));

    auto *exportButton = new QPushButton(Icons::get(Icons::Export), tr("Export…"));
    exportButton->setToolTip(tr("Save the callback queue as shown, as an Excel workbook or CSV"));
    connect(exportButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export the callback queue"), tr("callbacks.xlsx"),
                                                          TableExport::fileFilters());
        if (!path.isEmpty())
            exportCsv(path);
    });
    auto *top = new QHBoxLayout;
    top->addWidget(m_summary, 1);
    top->addWidget(m_showAll);
    top->addWidget(exportButton);

    auto *right = new QWidget;
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_detail, 1);
    rightLayout->addWidget(m_script);
    rightLayout->addWidget(m_message);
    auto *split = new QSplitter;
    split->addWidget(m_table);
    split->addWidget(right);
    split->setSizes({760, 600});

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(split, 1);
    auto *keysHint = new QLabel(tr("Keys: ↑/↓ choose · Y/N answer · 1/2/3 satisfaction · Backspace back · "
                                   "Enter record · U not reached. Overdue callbacks are red; phone-guided ones "
                                   "(due 2 h after guidance) are blue."));
    keysHint->setWordWrap(true); // a narrow window wraps the line instead of growing
    layout->addWidget(keysHint);

    // The script's keys work wherever the focus is in this workspace (a comment being typed keeps its letters)
    for (const int key : {Qt::Key_Y, Qt::Key_N, Qt::Key_1, Qt::Key_2, Qt::Key_3, Qt::Key_U, Qt::Key_Backspace,
                          Qt::Key_Return, Qt::Key_Enter}) {
        auto *s = new QShortcut(QKeySequence(key), this);
        s->setContext(Qt::WidgetWithChildrenShortcut);
        connect(s, &QShortcut::activated, this, [this, key] { m_script->handleKey(key); });
    }
    connect(m_script, &CallbackScriptForm::recordRequested, this, &CallbackQueueView::recordCurrent);
    connect(m_script, &CallbackScriptForm::notReachedRequested, this, &CallbackQueueView::recordNotReached);
    connect(m_showAll, &QCheckBox::toggled, this, &CallbackQueueView::updateFilter);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        m_script->reset();
        showDetail();
    });
    // What changed, as the core reports it: the callbacks of those tickets; names shown (customers, technicians)
    const auto refresh = [this](const std::function<void()> &update) {
        const QString kept = currentCallbackId();
        update();
        if (!kept.isEmpty() && m_model->rowOfCallback(kept) >= 0)
            selectCallback(kept);
        updateSummary();
    };
    const auto refreshTickets = [this, refresh](const QStringList &ids) {
        refresh([this, &ids] {
            for (const QString &id : ids)
                m_model->refreshTicket(id);
        });
    };
    connect(&desk, &DeskService::ticketsChanged, this, refreshTickets);
    connect(&desk, &DeskService::callbacksChanged, this, refreshTickets);
    connect(&desk, &DeskService::referenceChanged, this, [this, refresh](Store::Table table) {
        if (table == Store::Customers || table == Store::Technicians || table == Store::Products ||
            table == Store::Categories)
            refresh([this] { m_model->reload(); });
    });
    connect(&desk, &DeskService::deskReset, this, [this, refresh] { refresh([this] { m_model->reload(); }); });
    updateFilter();
    connect(m_model, &CallbackQueueModel::loaded, this, &CallbackQueueView::updateSummary);
    m_table->horizontalHeader()->setResizeContentsPrecision(100); // widths from the first rows, not thousands
    m_table->setFocus();
}

void CallbackQueueView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    ensureLoaded();
}

void CallbackQueueView::ensureLoaded()
{
    if (m_loaded)
        return;
    // Read when first shown, not while the console starts on another workspace
    m_loaded = true;
    m_model->reload();
    updateSummary();
    m_table->resizeColumnsToContents();
    if (m_proxy->rowCount() > 0)
        m_table->selectRow(0);
}

void CallbackQueueView::enterWorkspace()
{
    ensureLoaded();
    m_table->setFocus();
    if (!m_table->currentIndex().isValid() && m_proxy->rowCount() > 0)
        m_table->selectRow(0);
}

void CallbackQueueView::tick()
{
    m_model->setNow(m_desk.clock().now());
    updateFilter();
}

void CallbackQueueView::updateFilter()
{
    // Due today and overdue: everything due before the desk's midnight tonight
    const int offset = m_desk.processor().settings().utcOffsetMinutes;
    const QDateTime now = m_desk.clock().now().toOffsetFromUtc(offset * 60);
    const QDateTime midnight(now.date().addDays(1), QTime(0, 0), Qt::OffsetFromUTC, offset * 60);
    m_proxy->setDueBefore(m_showAll->isChecked() ? 0 : midnight.toMSecsSinceEpoch());
    updateSummary();
}

void CallbackQueueView::updateSummary()
{
    int guidance = 0;
    for (int r = 0; r < m_proxy->rowCount(); ++r)
        if (m_proxy->index(r, 0).data(CallbackQueueModel::KindRole).toString() == QLatin1String("guidance"))
            ++guidance;
    m_summary->setText(tr("%n callback(s) to make", nullptr, m_proxy->rowCount()) + tr(" · ") +
                       tr("%n overdue", nullptr, m_model->overdueCount()) + tr(" · ") +
                       tr("%n after phone guidance", nullptr, guidance));
}

bool CallbackQueueView::selectCallback(const QString &callbackId)
{
    const int source = m_model->rowOfCallback(callbackId);
    if (source < 0)
        return false;
    const QModelIndex i = m_proxy->mapFromSource(m_model->index(source, 0));
    if (!i.isValid())
        return false;
    if (m_table->currentIndex().row() != i.row())
        m_table->setCurrentIndex(i);
    m_table->selectRow(i.row());
    return true;
}

QString CallbackQueueView::currentCallbackId() const
{
    const QModelIndex i = m_table->currentIndex();
    return i.isValid() ? i.siblingAtColumn(0).data(CallbackQueueModel::CallbackIdRole).toString() : QString();
}

void CallbackQueueView::showDetail()
{
    const QModelIndex i = m_table->currentIndex();
    if (!i.isValid()) {
        m_detail->setHtml(tr("<p>No callback selected.</p>"));
        return;
    }
    const Record r = m_model->record(m_proxy->mapToSource(i).row());
    const int offset = m_desk.processor().settings().utcOffsetMinutes;
    const QString ticketId = r.value(QStringLiteral("ticket_id")).toString();
    SupervisorQueries queries(m_desk.store());
    auto esc = [](const QVariant &v) { return v.toString().toHtmlEscaped(); };
    const bool guidance = r.value(QStringLiteral("kind")).toString() == QLatin1String("guidance");
    m_script->setGuidance(guidance);
    QString h = QStringLiteral("<h3>") + esc(r.value(QStringLiteral("number"))) + QStringLiteral(" · ") +
                esc(r.value(QStringLiteral("customer_name"))) + QStringLiteral(" · ") +
                PhoneNumbers::display(r.value(QStringLiteral("phone")).toString()).toHtmlEscaped() +
                QStringLiteral("</h3>");
    h += QStringLiteral("<p><b>") +
         (guidance ? tr("Callback after phone guidance (due 2 h after)")
                   : tr("Callback after the visit (due 24 h after)"))
             .toHtmlEscaped() +
         QStringLiteral("</b> — ") +
         tr("due %1")
             .arg(DisplayText::dateTime(r.value(QStringLiteral("due_at")).toLongLong(), offset))
             .toHtmlEscaped() +
         QStringLiteral("</p><table cellspacing='2'>");
    auto row = [&h](const QString &label, const QString &value) {
        h += QStringLiteral("<tr><td><i>") + label.toHtmlEscaped() + QStringLiteral("</i></td><td>") +
             value.toHtmlEscaped() + QStringLiteral("</td></tr>");
    };
    const QString model = r.value(QStringLiteral("model")).toString();
    row(tr("Product"), r.value(QStringLiteral("category_name")).toString() +
                           (model.isEmpty() ? QString() : QString(QLatin1Char(' ') + model)));
    row(tr("Address"), r.value(QStringLiteral("customer_address")).toString());
    row(tr("Fault"), r.value(QStringLiteral("fault")).toString());
    row(tr("Ticket"), DisplayText::kind(r.value(QStringLiteral("ticket_kind")).toString()) + tr(" · ") +
                          TicketStates::label(r.value(QStringLiteral("ticket_state")).toString()));
    row(tr("Technician"), r.value(QStringLiteral("technician_name")).toString());
    if (!r.value(QStringLiteral("completed_at")).isNull())
        row(tr("Completed"), DisplayText::dateTime(r.value(QStringLiteral("completed_at")).toLongLong(), offset));
    row(tr("Work done"), r.value(QStringLiteral("resolution")).toString());
    row(tr("Satisfaction on the receipt"),
        Labels::value(QStringLiteral("satisfaction"), r.value(QStringLiteral("receipt_satisfaction")).toString()));
    const qint64 charged = r.value(QStringLiteral("charges_fen")).toLongLong();
    const qint64 paid = r.value(QStringLiteral("paid_fen")).toLongLong();
    row(tr("Charged"), tr("%1 (paid %2)").arg(DisplayText::money(charged), DisplayText::money(paid)));
    h += QStringLiteral("</table>");
    const QList<Record> charges = queries.ticketCharges(ticketId);
    if (!charges.isEmpty()) {
        h += QStringLiteral("<p><b>") + tr("On the service receipt").toHtmlEscaped() + QStringLiteral("</b></p><ul>");
        for (const Record &c : charges) {
            const QString covered = c.value(QStringLiteral("covered_by")).toString();
            h += QStringLiteral("<li>") +
                 tr("%1 × %2: %3")
                     .arg(c.value(QStringLiteral("name")).toString())
                     .arg(c.value(QStringLiteral("qty")).toInt())
                     .arg(DisplayText::money(c.value(QStringLiteral("billed_fen")).toLongLong()))
                     .toHtmlEscaped() +
                 (covered.isEmpty() ? QString()
                                    : QString(QStringLiteral(" (") + tr("covered: %1").arg(covered).toHtmlEscaped() +
                                              QLatin1Char(')'))) +
                 QStringLiteral("</li>");
        }
        h += QStringLiteral("</ul>");
    }
    const QList<Record> history = queries.callbackHistory(ticketId);
    h += QStringLiteral("<p><b>") +
         tr("Earlier tries: %1").arg(r.value(QStringLiteral("attempts")).toInt()).toHtmlEscaped() +
         QStringLiteral("</b></p>");
    if (!history.isEmpty()) {
        h += QStringLiteral("<ul>");
        for (const Record &e : history) {
            const QJsonObject data =
                QJsonDocument::fromJson(e.value(QStringLiteral("data")).toString().toUtf8()).object();
            QString extra = data.value(QLatin1String("comment")).toString();
            if (extra.isEmpty())
                extra = data.value(QLatin1String("reason")).toString();
            const QString line = DisplayText::dateTime(e.value(QStringLiteral("at")).toLongLong(), offset) +
                                 QLatin1Char(' ') +
                                 SupervisorText::callbackEvent(e.value(QStringLiteral("kind")).toString()) +
                                 QStringLiteral(" — ") + e.value(QStringLiteral("user_name")).toString() +
                                 (extra.isEmpty() ? QString() : QString(QStringLiteral(": ") + extra));
            h += QStringLiteral("<li>") + line.toHtmlEscaped() + QStringLiteral("</li>");
        }
        h += QStringLiteral("</ul>");
    }
    m_detail->setHtml(h);
}

QString CallbackQueueView::detailText() const
{
    return m_detail->toPlainText();
}

void CallbackQueueView::recordCurrent()
{
    if (!m_script->complete()) {
        showMessage(tr("Answer every question of the script first (Y/N, then 1/2/3 for satisfaction), or press U "
                       "if the customer was not reached."),
                    true);
        return;
    }
    submit(m_script->answers());
}

void CallbackQueueView::recordNotReached()
{
    submit({{QStringLiteral("reached"), false}});
}

void CallbackQueueView::submit(const QJsonObject &answers)
{
    const QString callbackId = currentCallbackId();
    if (callbackId.isEmpty()) {
        showMessage(tr("Choose a callback in the queue first."), true);
        return;
    }
    const int row = m_table->currentIndex().row();
    const QString number = m_table->currentIndex().siblingAtColumn(CallbackQueueModel::Ticket).data().toString();
    // The next callback of the round, as the supervisor sees it now: the one to go on with, wherever this one moves
    const QModelIndex below = m_proxy->index(row + 1, 0);
    const QString next = below.isValid() ? below.data(CallbackQueueModel::CallbackIdRole).toString() : QString();
    QJsonObject fields = answers;
    fields.insert(QStringLiteral("callback"), callbackId);
    const CommandResult r = m_desk.submit(QStringLiteral("callback.record"), fields);
    if (!r.ok) {
        showMessage(r.error.message, true); // the message names the field in words
        return;
    }
    // What core decided, in the supervisor's words
    const int offset = m_desk.processor().settings().utcOffsetMinutes;
    QStringList said;
    if (r.info.contains(QLatin1String("next_try")))
        said << tr("Not reached: next try at %1.")
                    .arg(DisplayText::dateTime(qint64(r.info.value(QLatin1String("next_try")).toDouble()), offset));
    if (r.info.value(QLatin1String("reopened")).toBool())
        said << tr("The ticket is reopened and back on the dispatch board.");
    if (r.info.contains(QLatin1String("complaint")))
        said << tr("A complaint was opened (see Complaints, F5).");
    if (r.info.value(QLatin1String("closed")).toBool())
        said << (answers.value(QLatin1String("reached")).toBool()
                     ? tr("The ticket is closed.")
                     : tr("Unreachable after the last try: the ticket is closed."));
    showMessage(tr("%1 recorded. ").arg(number) + said.join(QLatin1Char(' ')), false);
    emit callbackRecorded(callbackId, r.info.value(QLatin1String("ticket")).toString());
    // The next callback in the round
    if (!next.isEmpty() && m_model->rowOfCallback(next) >= 0)
        selectCallback(next);
    else if (m_proxy->rowCount() > 0)
        m_table->selectRow(qMin(row, m_proxy->rowCount() - 1));
    m_script->reset();
    m_table->setFocus();
}

QString CallbackQueueView::lastMessage() const
{
    return m_message->text();
}

void CallbackQueueView::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color: #c62828") : QStringLiteral("color: #2e7d32"));
}

bool CallbackQueueView::exportCsv(const QString &path)
{
    ensureLoaded();
    m_model->loadAll(); // every open callback, not only those read so far
    QString error;
    const bool ok = TableExport::writeTable(*m_proxy, tr("Callback queue"), path, &error);
    showMessage(ok ? tr("Exported to %1.").arg(path) : error, !ok);
    return ok;
}
