#include "IntakeForm.h"

#include "DisplayText.h"
#include "rules/PriorityRules.h"
#include "rules/Warranty.h"
#include "service/DeskService.h"

#include <QComboBox>
#include <QFormLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

IntakeForm::IntakeForm(DeskService &desk, QWidget *parent)
    : QWidget(parent), m_desk(desk), m_phone(new QLineEdit), m_name(new QLineEdit), m_address(new QLineEdit),
      m_zone(new QComboBox), m_category(new QComboBox), m_model(new QLineEdit), m_purchaseDate(new QLineEdit),
      m_kind(new QComboBox), m_fault(new QPlainTextEdit), m_priority(new QComboBox), m_channel(new QComboBox),
      m_preview(new QLabel), m_message(new QLabel)
{
    m_phone->setObjectName(QStringLiteral("phone"));
    m_name->setObjectName(QStringLiteral("name"));
    m_address->setObjectName(QStringLiteral("address"));
    m_category->setObjectName(QStringLiteral("category"));
    m_model->setObjectName(QStringLiteral("model"));
    m_purchaseDate->setObjectName(QStringLiteral("purchaseDate"));
    m_fault->setObjectName(QStringLiteral("fault"));
    m_message->setObjectName(QStringLiteral("intakeMessage"));
    m_phone->setPlaceholderText(tr("Mobile or landline with area code, e.g. 138 1234 5678 / 010-62345678"));
    m_address->setPlaceholderText(tr("City, district, street and number"));
    m_purchaseDate->setPlaceholderText(tr("YYYY-MM-DD (from the invoice)"));
    m_fault->setTabChangesFocus(true);
    m_fault->setFixedHeight(70);
    for (const char *k : {"repair", "install", "maintenance", "relocation", "consultation", "complaint"})
        m_kind->addItem(DisplayText::kind(QLatin1String(k)), QLatin1String(k));
    m_priority->addItem(tr("Suggested"), QString());
    for (const char *p : {"urgent", "high", "normal", "scheduled"})
        m_priority->addItem(DisplayText::priority(QLatin1String(p)), QLatin1String(p));
    const QList<QPair<QString, QString>> channels = {{QStringLiteral("hotline"), tr("Hotline")},
                                                     {QStringLiteral("wechat"), tr("WeChat")},
                                                     {QStringLiteral("web"), tr("Web")},
                                                     {QStringLiteral("dealer"), tr("Dealer")},
                                                     {QStringLiteral("walk_in"), tr("Walk-in")}};
    for (const auto &c : channels)
        m_channel->addItem(c.second, c.first);

    auto *form = new QFormLayout;
    form->addRow(tr("&Phone"), m_phone);
    form->addRow(tr("&Name"), m_name);
    form->addRow(tr("&Address"), m_address);
    form->addRow(tr("&Zone"), m_zone);
    form->addRow(tr("Cate&gory"), m_category);
    form->addRow(tr("&Model"), m_model);
    form->addRow(tr("P&urchase date"), m_purchaseDate);
    form->addRow(tr("&Kind"), m_kind);
    form->addRow(tr("&Fault"), m_fault);
    form->addRow(tr("P&riority"), m_priority);
    form->addRow(tr("&Channel"), m_channel);
    auto *save = new QPushButton(tr("&Save call (Ctrl+Enter)"));
    save->setToolTip(tr("Open a ticket for this call"));
    connect(save, &QPushButton::clicked, this, &IntakeForm::save);
    auto *saveShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    connect(saveShortcut, &QShortcut::activated, this, &IntakeForm::save);
    auto *saveShortcut2 = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Enter), this);
    connect(saveShortcut2, &QShortcut::activated, this, &IntakeForm::save);
    m_message->setWordWrap(true);
    m_preview->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_preview);
    layout->addWidget(save);
    layout->addWidget(m_message);
    layout->addStretch();

    for (QLineEdit *e : {m_purchaseDate})
        connect(e, &QLineEdit::textChanged, this, &IntakeForm::updatePreview);
    connect(m_category, &QComboBox::currentIndexChanged, this, &IntakeForm::updatePreview);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &IntakeForm::updatePreview);
    connect(m_fault, &QPlainTextEdit::textChanged, this, &IntakeForm::updatePreview);
    connect(&desk, &DeskService::commandApplied, this, [this](const QString &name) {
        if (name == QLatin1String("category.upsert") || name == QLatin1String("zone.upsert"))
            reloadChoices();
    });
    reloadChoices();
    updatePreview();
}

void IntakeForm::reloadChoices()
{
    m_zone->clear();
    m_zone->addItem(tr("(not known)"), QString());
    for (const Record &z : m_desk.store().all(Store::Zones, QStringLiteral("id")))
        m_zone->addItem(z.value(QStringLiteral("name")).toString(), z.value(QStringLiteral("id")));
    m_category->clear();
    for (const Record &c : m_desk.store().all(Store::Categories, QStringLiteral("id")))
        m_category->addItem(c.value(QStringLiteral("name")).toString(), c.value(QStringLiteral("id")));
}

void IntakeForm::updatePreview()
{
    QStringList parts;
    const QString fault = m_fault->toPlainText();
    const QString suggested =
        PriorityRules::suggest(m_kind->currentData().toString(), m_category->currentData().toString(), fault);
    parts << tr("Suggested priority: %1").arg(DisplayText::priority(suggested));
    const QDate purchase = QDate::fromString(m_purchaseDate->text().trimmed(), Qt::ISODate);
    const auto category = m_desk.store().load(Store::Categories, m_category->currentData().toString());
    if (category) {
        Warranty::Terms terms;
        terms.wholeMonths = category->value(QStringLiteral("warranty_months")).toInt();
        terms.mainPartMonths = category->value(QStringLiteral("main_part_warranty_months")).toInt();
        const Warranty w(purchase, terms, false);
        const QDate today = m_desk.clock().now().date();
        switch (w.status(today)) {
        case Warranty::In:
            parts << tr("In warranty until %1").arg(w.wholeUnitEnd().toString(Qt::ISODate));
            break;
        case Warranty::Out:
            parts << (today <= w.mainPartEnd()
                          ? tr("Out of warranty since %1; main parts covered until %2")
                                .arg(w.wholeUnitEnd().toString(Qt::ISODate), w.mainPartEnd().toString(Qt::ISODate))
                          : tr("Out of warranty since %1").arg(w.wholeUnitEnd().toString(Qt::ISODate)));
            break;
        default:
            parts << tr("Warranty unknown: the technician checks the invoice on site");
        }
    }
    m_preview->setText(parts.join(QStringLiteral("  ·  ")));
}

QString IntakeForm::save()
{
    QJsonObject customer{{QStringLiteral("name"), m_name->text().trimmed()},
                         {QStringLiteral("phones"), QJsonArray{m_phone->text().trimmed()}},
                         {QStringLiteral("address"), m_address->text().trimmed()}};
    if (!m_zone->currentData().toString().isEmpty())
        customer.insert(QStringLiteral("zone"), m_zone->currentData().toString());
    QJsonObject product{{QStringLiteral("category"), m_category->currentData().toString()}};
    if (!m_model->text().trimmed().isEmpty())
        product.insert(QStringLiteral("model"), m_model->text().trimmed());
    if (!m_purchaseDate->text().trimmed().isEmpty())
        product.insert(QStringLiteral("purchase_date"), m_purchaseDate->text().trimmed());
    QJsonObject fields{{QStringLiteral("kind"), m_kind->currentData().toString()},
                       {QStringLiteral("channel"), m_channel->currentData().toString()},
                       {QStringLiteral("fault"), m_fault->toPlainText().trimmed()},
                       {QStringLiteral("customer"), customer},
                       {QStringLiteral("product"), product}};
    if (!m_priority->currentData().toString().isEmpty())
        fields.insert(QStringLiteral("priority"), m_priority->currentData().toString());
    const CommandResult r = m_desk.submit(QStringLiteral("ticket.open"), fields);
    if (!r.ok) {
        m_message->setText(tr("Not saved: %1").arg(r.error.message));
        m_message->setProperty("field", r.error.field);
        return {};
    }
    const QString number = r.info.value(QStringLiteral("number")).toString();
    QString text = tr("Saved as %1.").arg(number);
    const QJsonArray flags = r.info.value(QStringLiteral("flags")).toArray();
    if (!flags.isEmpty()) {
        QStringList names;
        for (const QJsonValue &f : flags)
            names << DisplayText::flag(f.toString());
        text += QLatin1Char(' ') + tr("Flags: %1.").arg(names.join(tr(", ")));
    }
    clear();
    m_message->setText(text);
    emit ticketSaved(r.id, number);
    return number;
}

QString IntakeForm::lastMessage() const
{
    return m_message->text();
}

void IntakeForm::clear()
{
    for (QLineEdit *e : {m_phone, m_name, m_address, m_model, m_purchaseDate})
        e->clear();
    m_fault->clear();
    m_priority->setCurrentIndex(0);
    m_zone->setCurrentIndex(0);
    m_phone->setFocus();
}
