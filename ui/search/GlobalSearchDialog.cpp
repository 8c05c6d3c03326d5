#include "GlobalSearchDialog.h"

#include "DisplayText.h"
#include "rules/TicketStates.h"
#include "service/DeskService.h"
#include "storage/CallerSearch.h"
#include "storage/ReportQueries.h"

#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace {
constexpr int KindRole = Qt::UserRole + 1;
constexpr qint64 RecentDays = 90; // the last digits find the open tickets and those of the last 90 days
} // namespace

GlobalSearchDialog::GlobalSearchDialog(DeskService &desk, QWidget *parent)
    : QDialog(parent), m_desk(desk), m_text(new QLineEdit), m_hits(new QListWidget), m_summary(new QLabel)
{
    setWindowTitle(tr("Find a ticket or a customer"));
    m_text->setObjectName(QStringLiteral("globalSearchText"));
    m_text->setPlaceholderText(tr("Ticket number or its last digits; phone, name, pinyin or address of a customer"));
    m_text->setAccessibleName(tr("Find a ticket or a customer"));
    m_text->installEventFilter(this);
    m_hits->setObjectName(QStringLiteral("globalSearchHits"));
    m_hits->setAccessibleName(tr("Tickets and customers found"));
    m_summary->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_text);
    layout->addWidget(m_summary);
    layout->addWidget(m_hits, 1);
    auto *keys = new QLabel(tr("Enter opens the first, ↓ moves into the list, Esc closes."));
    keys->setWordWrap(true);
    layout->addWidget(keys);
    connect(m_text, &QLineEdit::textChanged, this, &GlobalSearchDialog::search);
    connect(m_hits, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) { choose(m_hits->row(item)); });
    resize(640, 420);
    m_text->setFocus();
}

void GlobalSearchDialog::search(const QString &typed)
{
    m_hits->clear();
    const QString text = typed.trimmed();
    if (text.isEmpty()) {
        m_summary->clear();
        return;
    }
    const int offset = m_desk.processor().settings().utcOffsetMinutes;
    const qint64 since = m_desk.clock().now().toMSecsSinceEpoch() - RecentDays * 24 * 3600 * 1000;
    const auto tickets = ReportQueries(m_desk.store()).findTickets(text, since, 20);
    for (const ReportQueries::TicketHit &t : tickets) {
        auto *item = new QListWidgetItem(tr("Ticket %1 · %2 · %3 · opened %4")
                                             .arg(t.number, t.customerName, TicketStates::label(t.state),
                                                  DisplayText::dateTime(t.openedAt, offset)));
        item->setData(Qt::UserRole, t.id);
        item->setData(KindRole, QStringLiteral("ticket"));
        m_hits->addItem(item);
    }
    const auto customers = CallerSearch(m_desk.store()).find(text, 20);
    for (const CallerSearch::Match &c : customers) {
        auto *item = new QListWidgetItem(
            tr("Customer %1 · %2 · %3").arg(c.name, c.phones.join(QStringLiteral(", ")), c.address));
        item->setData(Qt::UserRole, c.customerId);
        item->setData(KindRole, QStringLiteral("customer"));
        m_hits->addItem(item);
    }
    m_summary->setText(m_hits->count() == 0 ? tr("Nothing found for \"%1\".").arg(text)
                                            : tr("%n ticket(s)", nullptr, int(tickets.size())) + tr(" · ") +
                                                  tr("%n customer(s)", nullptr, int(customers.size())));
    if (m_hits->count() > 0)
        m_hits->setCurrentRow(0);
}

void GlobalSearchDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    // Once shown: the keyboard is in the box, whatever had it in the window behind
    QTimer::singleShot(0, m_text, [this] {
        activateWindow();
        m_text->setFocus(Qt::ActiveWindowFocusReason);
    });
}

void GlobalSearchDialog::choose(int row)
{
    QListWidgetItem *item = m_hits->item(row);
    if (!item)
        return;
    const QString id = item->data(Qt::UserRole).toString();
    if (item->data(KindRole).toString() == QLatin1String("ticket"))
        emit ticketChosen(id);
    else
        emit customerChosen(id);
    accept();
}

bool GlobalSearchDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_text && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && m_hits->count() > 0) {
            choose(qMax(0, m_hits->currentRow()));
            return true;
        }
        if (key->key() == Qt::Key_Down && m_hits->count() > 0) {
            m_hits->setFocus();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}
