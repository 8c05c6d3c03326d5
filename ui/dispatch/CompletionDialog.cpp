#include "CompletionDialog.h"

#include "DisplayText.h"
#include "Icons.h"
#include "rules/ChargeCalculator.h"
#include "rules/Labels.h"
#include "service/DeskService.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

CompletionDialog::CompletionDialog(DeskService &desk, const QString &ticketId, QWidget *parent)
    : QDialog(parent), m_desk(desk), m_ticketId(ticketId), m_resolution(new QLineEdit), m_partChoice(new QComboBox),
      m_partQty(new QSpinBox), m_parts(new QListWidget), m_fees(new QListWidget), m_extraName(new QLineEdit),
      m_extraAmount(new QLineEdit), m_extraApprover(new QComboBox), m_extraReason(new QLineEdit),
      m_purchaseDate(new QLineEdit), m_paid(new QCheckBox(tr("Paid in full"))), m_signedBy(new QLineEdit),
      m_satisfaction(new QComboBox), m_otherAppliances(new QLineEdit), m_salesLeads(new QLineEdit),
      m_cause(new QComboBox), m_outOfWarrantyReason(new QLineEdit), m_breakdown(new QLabel), m_total(new QLabel),
      m_error(new QLabel)
{
    const auto ticket = desk.store().load(Store::Tickets, ticketId);
    setWindowTitle(
        tr("Service receipt for %1").arg(ticket ? ticket->value(QStringLiteral("number")).toString() : ticketId));
    setObjectName(QStringLiteral("completionDialog"));
    m_total->setObjectName(QStringLiteral("total"));
    m_resolution->setObjectName(QStringLiteral("resolution"));
    m_signedBy->setObjectName(QStringLiteral("signedBy"));
    m_fees->setObjectName(QStringLiteral("fees"));
    m_parts->setObjectName(QStringLiteral("parts"));
    m_resolution->setPlaceholderText(tr("Work done, as written on the receipt"));
    m_partQty->setRange(1, 99);
    for (const Record &p : desk.store().all(Store::Parts, QStringLiteral("sku")))
        m_partChoice->addItem(tr("%1 %2 (%3)")
                                  .arg(p.value(QStringLiteral("sku")).toString(),
                                       p.value(QStringLiteral("name")).toString(),
                                       DisplayText::money(p.value(QStringLiteral("price_fen")).toLongLong())),
                              p.value(QStringLiteral("sku")));
    auto *addPartButton = new QPushButton(Icons::get(Icons::Add), tr("Add &part"));
    addPartButton->setToolTip(tr("Add the chosen part with its quantity (Alt+P)"));
    connect(addPartButton, &QPushButton::clicked, this,
            [this] { addPart(m_partChoice->currentData().toString(), m_partQty->value()); });
    auto *removePart = new QPushButton(Icons::get(Icons::Remove), tr("Remove"));
    removePart->setToolTip(tr("Take the selected part off the receipt"));
    connect(removePart, &QPushButton::clicked, this, [this] {
        delete m_parts->currentItem();
        recompute();
    });
    for (const Record &f : desk.store().all(Store::Fees, QStringLiteral("code"))) {
        auto *item = new QListWidgetItem(
            tr("%1 %2 (%3)")
                .arg(f.value(QStringLiteral("code")).toString(), f.value(QStringLiteral("name")).toString(),
                     DisplayText::money(f.value(QStringLiteral("amount_fen")).toLongLong())));
        item->setData(Qt::UserRole, f.value(QStringLiteral("code")));
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
        m_fees->addItem(item);
    }
    m_fees->setMaximumHeight(120);
    m_parts->setMaximumHeight(80);
    m_extraApprover->addItem(tr("(no approval)"), QString());
    for (const Record &u : desk.store().all(Store::Users, QStringLiteral("name")))
        if (u.value(QStringLiteral("role")).toString() == QLatin1String("supervisor"))
            m_extraApprover->addItem(u.value(QStringLiteral("name")).toString(), u.value(QStringLiteral("id")));
    m_extraName->setPlaceholderText(tr("Only a charge that is not on the fee schedule"));
    m_extraAmount->setPlaceholderText(tr("yuan"));
    m_satisfaction->addItem(tr("(not asked)"), QString());
    for (const char *s : {"满意", "基本满意", "不满意"})
        m_satisfaction->addItem(QString::fromUtf8(s), QString::fromUtf8(s));
    m_paid->setChecked(true);
    const auto product =
        ticket ? desk.store().load(Store::Products, ticket->value(QStringLiteral("product_id")).toString())
               : std::nullopt;
    const bool dateKnown = product && !product->value(QStringLiteral("purchase_date")).toString().isEmpty();
    m_purchaseDate->setPlaceholderText(tr("YYYY-MM-DD from the invoice the technician saw"));
    m_purchaseDate->setEnabled(!dateKnown);
    // R5: with no date the warranty was never verified: the invoice date, or charged as out of warranty with a reason
    m_outOfWarrantyReason->setPlaceholderText(tr("Only without an invoice: why the customer pays as out of warranty"));
    m_outOfWarrantyReason->setEnabled(!dateKnown);
    m_outOfWarrantyReason->setObjectName(QStringLiteral("outOfWarrantyReason"));
    // R22 [004 六]: the cause of the fault, for the fault reports
    m_cause->setObjectName(QStringLiteral("cause"));
    m_cause->addItem(tr("(not known)"), QString());
    for (const char *cause : {"product_defect", "installation", "misuse", "wear", "other"})
        m_cause->addItem(Labels::value(QStringLiteral("cause"), QLatin1String(cause)), QLatin1String(cause));
    m_breakdown->setWordWrap(true);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color:#c62828"));
    QFont bold = m_total->font();
    bold.setBold(true);
    m_total->setFont(bold);

    auto *partRow = new QHBoxLayout;
    partRow->addWidget(m_partChoice, 1);
    partRow->addWidget(m_partQty);
    partRow->addWidget(addPartButton);
    partRow->addWidget(removePart);
    auto *form = new QFormLayout;
    form->addRow(tr("&Work done"), m_resolution);
    form->addRow(tr("Parts"), partRow);
    form->addRow(QString(), m_parts);
    form->addRow(tr("&Fees"), m_fees);
    form->addRow(tr("Other charge"), m_extraName);
    form->addRow(tr("Amount"), m_extraAmount);
    form->addRow(tr("Approved by"), m_extraApprover);
    form->addRow(tr("Reason"), m_extraReason);
    form->addRow(tr("Purchase date"), m_purchaseDate);
    form->addRow(tr("No invoice"), m_outOfWarrantyReason);
    form->addRow(QString(), m_breakdown);
    form->addRow(tr("Total"), m_total);
    form->addRow(QString(), m_paid);
    form->addRow(tr("&Signed by"), m_signedBy);
    form->addRow(tr("Satisfaction"), m_satisfaction);
    form->addRow(tr("&Cause of the fault"), m_cause);
    form->addRow(tr("Other appliances checked"), m_otherAppliances);
    form->addRow(tr("Sales leads"), m_salesLeads);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    connect(m_fees, &QListWidget::itemChanged, this, &CompletionDialog::recompute);
    for (QLineEdit *e : {m_extraName, m_extraAmount, m_extraReason, m_purchaseDate})
        connect(e, &QLineEdit::textChanged, this, &CompletionDialog::recompute);
    connect(m_extraApprover, &QComboBox::currentIndexChanged, this, &CompletionDialog::recompute);
    recompute();
}

void CompletionDialog::addPart(const QString &sku, int qty)
{
    if (sku.isEmpty())
        return;
    const auto part = m_desk.store().load(Store::Parts, sku);
    auto *item =
        new QListWidgetItem(tr("%1 × %2").arg(part ? part->value(QStringLiteral("name")).toString() : sku).arg(qty));
    item->setData(Qt::UserRole, sku);
    item->setData(Qt::UserRole + 1, qty);
    m_parts->addItem(item);
    recompute();
}

void CompletionDialog::setFeeChecked(const QString &code, bool checked)
{
    for (int i = 0; i < m_fees->count(); ++i)
        if (m_fees->item(i)->data(Qt::UserRole).toString() == code)
            m_fees->item(i)->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
}

void CompletionDialog::setOffSchedule(const QString &name, double yuan, const QString &approvedBy,
                                      const QString &reason)
{
    m_extraName->setText(name);
    m_extraAmount->setText(QString::number(yuan, 'f', 2));
    m_extraApprover->setCurrentIndex(qMax(0, m_extraApprover->findData(approvedBy)));
    m_extraReason->setText(reason);
}

QJsonArray CompletionDialog::partsJson() const
{
    QJsonArray parts;
    for (int i = 0; i < m_parts->count(); ++i)
        parts << QJsonObject{{QStringLiteral("sku"), m_parts->item(i)->data(Qt::UserRole).toString()},
                             {QStringLiteral("qty"), m_parts->item(i)->data(Qt::UserRole + 1).toInt()}};
    return parts;
}

QJsonArray CompletionDialog::feesJson() const
{
    QJsonArray fees;
    for (int i = 0; i < m_fees->count(); ++i)
        if (m_fees->item(i)->checkState() == Qt::Checked)
            fees << m_fees->item(i)->data(Qt::UserRole).toString();
    if (!m_extraName->text().trimmed().isEmpty()) {
        QJsonObject extra{{QStringLiteral("name"), m_extraName->text().trimmed()},
                          {QStringLiteral("amount_fen"), qRound64(m_extraAmount->text().toDouble() * 100.0)},
                          {QStringLiteral("reason"), m_extraReason->text().trimmed()}};
        if (!m_extraApprover->currentData().toString().isEmpty())
            extra.insert(QStringLiteral("approved_by"), m_extraApprover->currentData().toString());
        fees << extra;
    }
    return fees;
}

void CompletionDialog::recompute()
{
    const auto ticket = m_desk.store().load(Store::Tickets, m_ticketId);
    if (!ticket)
        return;
    Record product = *m_desk.store().load(Store::Products, ticket->value(QStringLiteral("product_id")).toString());
    if (m_purchaseDate->isEnabled() && QDate::fromString(m_purchaseDate->text().trimmed(), Qt::ISODate).isValid())
        product.insert(QStringLiteral("purchase_date"), m_purchaseDate->text().trimmed());
    const Record customer =
        *m_desk.store().load(Store::Customers, ticket->value(QStringLiteral("customer_id")).toString());
    CommandError error;
    const auto result = ChargeCalculator::preview(m_desk.store(), product, customer, m_desk.clock().now().date(),
                                                  partsJson(), feesJson(), &error);
    if (!result) {
        m_breakdown->setText(error.message);
        m_total->setText(tr("—"));
        m_totalFen = 0;
        return;
    }
    QStringList lines;
    for (const Record &line : result->lines) {
        const QString covered = line.value(QStringLiteral("covered_by")).toString();
        lines << tr("%1 × %2: %3%4")
                     .arg(line.value(QStringLiteral("name")).toString())
                     .arg(line.value(QStringLiteral("qty")).toInt())
                     .arg(DisplayText::money(line.value(QStringLiteral("billed_fen")).toLongLong()))
                     .arg(covered.isEmpty()
                              ? QString()
                              : QStringLiteral(" (") +
                                    (covered == QLatin1String("contract") ? tr("service contract") : tr("warranty")) +
                                    QLatin1Char(')'));
    }
    m_breakdown->setText(lines.join(QLatin1Char('\n')));
    m_totalFen = result->totalFen;
    m_total->setText(DisplayText::money(result->totalFen));
}

QString CompletionDialog::totalText() const
{
    return m_total->text();
}

void CompletionDialog::showError(const QString &message)
{
    m_error->setText(message);
}

QJsonObject CompletionDialog::fields() const
{
    QJsonObject f{
        {QStringLiteral("ticket"), m_ticketId},        {QStringLiteral("resolution"), m_resolution->text().trimmed()},
        {QStringLiteral("parts"), partsJson()},        {QStringLiteral("fee_lines"), feesJson()},
        {QStringLiteral("paid"), m_paid->isChecked()}, {QStringLiteral("signed_by"), m_signedBy->text().trimmed()}};
    if (!m_satisfaction->currentData().toString().isEmpty())
        f.insert(QStringLiteral("satisfaction"), m_satisfaction->currentData().toString());
    if (m_purchaseDate->isEnabled() && !m_purchaseDate->text().trimmed().isEmpty())
        f.insert(QStringLiteral("purchase_date"), m_purchaseDate->text().trimmed());
    if (m_outOfWarrantyReason->isEnabled() && !m_outOfWarrantyReason->text().trimmed().isEmpty())
        f.insert(QStringLiteral("out_of_warranty_reason"), m_outOfWarrantyReason->text().trimmed());
    if (!m_cause->currentData().toString().isEmpty())
        f.insert(QStringLiteral("cause"), m_cause->currentData().toString());
    if (!m_otherAppliances->text().trimmed().isEmpty())
        f.insert(QStringLiteral("other_appliances"), m_otherAppliances->text().trimmed());
    if (!m_salesLeads->text().trimmed().isEmpty())
        f.insert(QStringLiteral("sales_leads"), m_salesLeads->text().trimmed());
    return f;
}
