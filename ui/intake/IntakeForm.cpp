#include "IntakeForm.h"

#include "CallerHistoryPanel.h"
#include "ComboTyping.h"
#include "CommandDialog.h"
#include "DisplayText.h"
#include "Icons.h"
#include "IntakeDraft.h"
#include "rules/IntakeCheck.h"
#include "rules/Labels.h"
#include "rules/PhoneNumbers.h"
#include "rules/PriorityRules.h"
#include "rules/TicketStates.h"
#include "rules/Warranty.h"
#include "service/DeskService.h"
#include "storage/CallerSearch.h"
#include "storage/CustomerQueries.h"

#include <QComboBox>
#include <QCompleter>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QScrollBar>
#include <QShortcut>
#include <QSplitter>
#include <QStringListModel>
#include <QTimer>
#include <QVBoxLayout>

namespace {
const char *const kFieldProperty = "intakeField";

QString displayMatch(const CallerSearch::Match &m)
{
    QStringList phones;
    for (const QString &p : m.phones)
        phones << PhoneNumbers::display(p);
    return m.name + QStringLiteral("   ") + phones.join(QStringLiteral(", ")) + QStringLiteral("   ") + m.address;
}
} // namespace

IntakeForm::IntakeForm(DeskService &desk, const QString &draftPath, QWidget *parent)
    : QWidget(parent), m_desk(desk), m_draft(std::make_unique<IntakeDraft>(draftPath)), m_caller(new QLineEdit),
      m_matches(new QListWidget), m_name(new QLineEdit), m_phone(new QLineEdit), m_address(new QLineEdit),
      m_zone(new QComboBox), m_product(new QComboBox), m_category(new QComboBox), m_model(new QLineEdit),
      m_serial(new QLineEdit), m_purchaseDate(new QLineEdit), m_kind(new QComboBox), m_aboutTicket(new QLineEdit),
      m_severity(new QComboBox), m_fault(new QPlainTextEdit), m_quickFaults(new QWidget), m_priority(new QComboBox),
      m_priorityReason(new QLineEdit), m_channel(new QComboBox), m_preferredTime(new QLineEdit), m_warranty(new QLabel),
      m_checks(new QLabel), m_message(new QLabel), m_reminderButton(new QPushButton), m_contractButton(new QPushButton),
      m_applianceButton(new QPushButton), m_runDialog([](QDialog &d) { return d.exec(); }),
      m_history(new CallerHistoryPanel(desk)), m_modelCompletions(new QStringListModel(this)),
      m_searchTimer(new QTimer(this)), m_draftTimer(new QTimer(this))
{
    buildLayout();
    reloadChoices();
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(120);
    connect(m_searchTimer, &QTimer::timeout, this, &IntakeForm::searchCaller);
    connect(m_caller, &QLineEdit::textEdited, m_searchTimer, qOverload<>(&QTimer::start));
    // The zone the address names is suggested (the core decides which); a zone the clerk picked stays
    connect(m_address, &QLineEdit::textEdited, this, [this](const QString &address) {
        if (!m_zone->currentData().toString().isEmpty() && !m_zoneSuggested)
            return;
        const QString zone = IntakeCheck::zoneForAddress(m_desk.store(), address);
        if (zone.isEmpty())
            return;
        m_zone->setCurrentIndex(qMax(0, m_zone->findData(zone)));
        m_zoneSuggested = true;
    });
    connect(m_zone, &QComboBox::activated, this, [this] { m_zoneSuggested = false; });
    // A new caller has no appliance to choose from: Tab passes the appliance list by (one key less per call)
    const auto appliancesChanged = [this] {
        m_product->setFocusPolicy(m_product->count() > 1 ? Qt::StrongFocus : Qt::NoFocus);
    };
    connect(m_product->model(), &QAbstractItemModel::rowsInserted, this, appliancesChanged);
    connect(m_product->model(), &QAbstractItemModel::rowsRemoved, this, appliancesChanged);
    appliancesChanged();
    m_draftTimer->setSingleShot(true);
    m_draftTimer->setInterval(400);
    connect(m_draftTimer, &QTimer::timeout, this, [this] { m_draft->save(draftFields()); });

    for (QLineEdit *e : {m_caller, m_name, m_phone, m_address, m_model, m_serial, m_purchaseDate, m_priorityReason,
                         m_preferredTime, m_aboutTicket})
        connect(e, &QLineEdit::textChanged, this, &IntakeForm::fieldsChanged);
    connect(m_fault, &QPlainTextEdit::textChanged, this, &IntakeForm::fieldsChanged);
    for (QComboBox *c : {m_zone, m_kind, m_priority, m_channel, m_severity})
        connect(c, &QComboBox::currentIndexChanged, this, &IntakeForm::fieldsChanged);
    // "b" picks 冰箱, "hd" 海淀区: the clerk types pinyin initials without looking
    for (QComboBox *c : {m_zone, m_product, m_category, m_kind, m_severity, m_priority, m_channel})
        ComboTyping::install(c);
    connect(m_product, &QComboBox::currentIndexChanged, this, &IntakeForm::productChosen);
    connect(m_category, &QComboBox::currentIndexChanged, this, &IntakeForm::categoryChanged);
    connect(m_matches, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { pickMatch(m_matches->row(item)); });
    connect(&desk, &DeskService::referenceChanged, this, [this](Store::Table table) {
        if (table == Store::Categories || table == Store::Zones)
            reloadChoices();
    });
    connect(&desk, &DeskService::deskReset, this, &IntakeForm::reloadChoices);

    const QJsonObject draft = m_draft->load();
    if (!draft.isEmpty()) {
        restoreDraft(draft);
        m_message->setText(tr("The call you were typing before the app closed is back; finish it or clear the form "
                              "(Ctrl+L)."));
    }
    // Model completions and common faults are read once the window is up, not before it shows
    QTimer::singleShot(0, this, &IntakeForm::categoryChanged);
    updateChecks();
}

IntakeForm::~IntakeForm() = default;

void IntakeForm::buildLayout()
{
    m_caller->setObjectName(QStringLiteral("callerSearch"));
    m_caller->setPlaceholderText(tr("Caller: phone (or last 4 digits), name, pinyin or address…"));
    m_caller->setToolTip(tr("Find a known caller as you type; ↓ moves into the list, Enter picks"));
    m_caller->installEventFilter(this);
    m_matches->setObjectName(QStringLiteral("callerMatches"));
    m_matches->setMaximumHeight(130);
    m_matches->installEventFilter(this);
    m_matches->hide();
    const QList<QPair<QWidget *, const char *>> names = {{m_name, "name"},
                                                         {m_phone, "phone"},
                                                         {m_address, "address"},
                                                         {m_zone, "zone"},
                                                         {m_product, "product"},
                                                         {m_category, "category"},
                                                         {m_model, "model"},
                                                         {m_serial, "serial"},
                                                         {m_purchaseDate, "purchaseDate"},
                                                         {m_kind, "kind"},
                                                         {m_aboutTicket, "aboutTicket"},
                                                         {m_severity, "complaintSeverity"},
                                                         {m_fault, "fault"},
                                                         {m_priority, "priority"},
                                                         {m_priorityReason, "priorityReason"},
                                                         {m_channel, "channel"},
                                                         {m_preferredTime, "preferredTime"},
                                                         {m_message, "intakeMessage"},
                                                         {m_checks, "intakeChecks"},
                                                         {m_warranty, "warranty"},
                                                         {m_reminderButton, "reminderButton"}};
    for (const auto &n : names)
        n.first->setObjectName(QLatin1String(n.second));
    m_phone->setPlaceholderText(tr("Mobile or landline with area code, e.g. 138 1234 5678 / 010-62345678"));
    m_address->setPlaceholderText(tr("City, district, street and number"));
    m_purchaseDate->setPlaceholderText(tr("YYYY-MM-DD (from the invoice)"));
    m_preferredTime->setPlaceholderText(tr("When the customer can be home, e.g. 明天上午 / after 18:00"));
    m_priorityReason->setPlaceholderText(tr("Why a different priority (required when you change it)"));
    m_fault->setTabChangesFocus(true);
    m_fault->setFixedHeight(64);
    m_fault->setPlaceholderText(tr("What the customer says is wrong"));
    auto *modelCompleter = new QCompleter(m_modelCompletions, this);
    modelCompleter->setCaseSensitivity(Qt::CaseInsensitive);
    modelCompleter->setFilterMode(Qt::MatchContains);
    m_model->setCompleter(modelCompleter);
    for (const char *k : {"repair", "install", "maintenance", "relocation", "consultation", "complaint"})
        m_kind->addItem(DisplayText::kind(QLatin1String(k)), QLatin1String(k));
    m_aboutTicket->setPlaceholderText(tr("Number of the ticket the complaint is about (optional)"));
    for (const char *severity : {"normal", "minor", "serious"}) {
        const QString label = Labels::value(QStringLiteral("severity"), QLatin1String(severity));
        m_severity->addItem(
            QLatin1String(severity) == QLatin1String("serious") ? tr("%1: a manager follows up").arg(label) : label,
            QLatin1String(severity));
    }
    m_priority->addItem(QString(), QString());
    for (const char *p : {"urgent", "high", "normal", "scheduled"})
        m_priority->addItem(DisplayText::priority(QLatin1String(p)), QLatin1String(p));
    for (const char *channel : {"hotline", "wechat", "web", "dealer", "walk_in"})
        m_channel->addItem(Labels::value(QStringLiteral("channel"), QLatin1String(channel)), QLatin1String(channel));
    m_quickFaults->setLayout(new QHBoxLayout);
    m_quickFaults->layout()->setContentsMargins(0, 0, 0, 0);
    for (QLabel *l : {m_warranty, m_checks, m_message})
        l->setWordWrap(true);
    m_checks->setTextFormat(Qt::RichText);

    auto *who = new QGroupBox(tr("Who is calling"));
    auto *whoForm = new QFormLayout(who);
    whoForm->addRow(tr("&Caller"), m_caller);
    whoForm->addRow(QString(), m_matches);
    whoForm->addRow(tr("&Name"), m_name);
    whoForm->addRow(tr("&Phone"), m_phone);
    whoForm->addRow(tr("&Address"), m_address);
    whoForm->addRow(tr("&Zone"), m_zone);
    auto *what = new QGroupBox(tr("Which appliance"));
    auto *whatForm = new QFormLayout(what);
    whatForm->addRow(tr("Appl&iance"), m_product);
    whatForm->addRow(tr("Cate&gory"), m_category);
    whatForm->addRow(tr("&Model"), m_model);
    whatForm->addRow(tr("P&urchase date"), m_purchaseDate);
    whatForm->addRow(tr("S&erial"), m_serial); // rarely at hand on the phone: after the date the invoice gives
    whatForm->addRow(QString(), m_warranty);
    auto *wrong = new QGroupBox(tr("What is wrong, and when"));
    auto *wrongForm = new QFormLayout(wrong);
    m_wrongForm = wrongForm;
    // What the customer says comes first; the kind (a repair, mostly) after it
    wrongForm->addRow(tr("Fault &description"), m_fault);
    wrongForm->addRow(tr("Common"), m_quickFaults);
    wrongForm->addRow(tr("&Kind"), m_kind);
    wrongForm->addRow(tr("About &ticket"), m_aboutTicket);
    wrongForm->addRow(tr("Se&verity"), m_severity);
    wrongForm->addRow(tr("Pri&ority"), m_priority);
    wrongForm->addRow(tr("Reason"), m_priorityReason);
    wrongForm->addRow(tr("Preferred &time"), m_preferredTime);
    wrongForm->addRow(tr("Channel (&W)"), m_channel);

    auto *save = new QPushButton(tr("&Save call (Ctrl+Enter)"));
    save->setIcon(Icons::get(Icons::Save));
    save->setToolTip(tr("Open a ticket for this call (Ctrl+Enter)"));
    auto *guided = new QPushButton(tr("Solved &by phone (Ctrl+G)"));
    guided->setIcon(Icons::get(Icons::PhoneSolved));
    guided->setToolTip(
        tr("The customer was guided on the phone (R4): saved, and a callback is due in 2 hours (Ctrl+G)"));
    m_reminderButton->setText(tr("Log as &reminder call (Ctrl+R)"));
    m_reminderButton->setIcon(Icons::get(Icons::Reminder));
    m_reminderButton->setToolTip(tr("Add this call to the appliance's open ticket as a reminder (催单) and raise "
                                    "its urgency (Ctrl+R)"));
    m_reminderButton->setEnabled(false);
    auto *clearButton = new QPushButton(tr("C&lear (Ctrl+L)"));
    clearButton->setIcon(Icons::get(Icons::Close));
    clearButton->setToolTip(tr("Discard this call and start a new one (Ctrl+L)"));
    connect(save, &QPushButton::clicked, this, &IntakeForm::save);
    connect(guided, &QPushButton::clicked, this, &IntakeForm::solveByPhone);
    connect(m_reminderButton, &QPushButton::clicked, this, &IntakeForm::logReminder);
    connect(clearButton, &QPushButton::clicked, this, &IntakeForm::clear);
    for (const QKeySequence &k : {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)})
        connect(new QShortcut(k, this), &QShortcut::activated, this, &IntakeForm::save);
    connect(new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_G), this), &QShortcut::activated, this,
            &IntakeForm::solveByPhone);
    connect(new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_R), this), &QShortcut::activated, this,
            &IntakeForm::logReminder);
    connect(new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_L), this), &QShortcut::activated, this, &IntakeForm::clear);

    save->setProperty("command", QStringLiteral("ticket.open"));
    guided->setProperty("command", QStringLiteral("ticket.guide_by_phone"));
    m_reminderButton->setProperty("command", QStringLiteral("ticket.note"));
    // The caller's record: the contract and the installed base (enabled once a known customer is loaded)
    m_contractButton->setText(tr("Service contract…"));
    m_contractButton->setIcon(Icons::get(Icons::Edit));
    m_contractButton->setToolTip(tr("The customer's service contract (维修服务合作协议): number, validity and what "
                                    "it covers; charges follow it while it is valid"));
    m_contractButton->setProperty("command", QStringLiteral("customer.upsert"));
    m_contractButton->setEnabled(false);
    connect(m_contractButton, &QPushButton::clicked, this, &IntakeForm::editContract);
    m_applianceButton->setText(tr("Add appliance…"));
    m_applianceButton->setIcon(Icons::get(Icons::Add));
    m_applianceButton->setToolTip(tr("Add an appliance to the customer's record (用户档案) without opening a ticket"));
    m_applianceButton->setProperty("command", QStringLiteral("product.register"));
    m_applianceButton->setEnabled(false);
    connect(m_applianceButton, &QPushButton::clicked, this, &IntakeForm::addAppliance);
    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {save, guided, m_reminderButton, clearButton})
        buttons->addWidget(b);
    auto *recordButtons = new QHBoxLayout;
    recordButtons->addWidget(m_contractButton);
    recordButtons->addWidget(m_applianceButton);
    recordButtons->addStretch();
    // The fields scroll on a small screen (1280×720); the buttons and the message stay in sight below them
    auto *fields = new QWidget;
    auto *fieldsLayout = new QVBoxLayout(fields);
    fieldsLayout->setContentsMargins(0, 0, 0, 0);
    fieldsLayout->addWidget(who);
    fieldsLayout->addWidget(what);
    fieldsLayout->addWidget(wrong);
    fieldsLayout->addWidget(m_checks);
    fieldsLayout->addStretch();
    auto *scroll = new QScrollArea;
    scroll->setObjectName(QStringLiteral("intakeFields"));
    scroll->setWidget(fields);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setMinimumWidth(fields->minimumSizeHint().width() + scroll->verticalScrollBar()->sizeHint().width());
    auto *form = new QWidget;
    auto *formLayout = new QVBoxLayout(form);
    formLayout->addWidget(scroll, 1);
    formLayout->addLayout(recordButtons);
    formLayout->addLayout(buttons);
    formLayout->addWidget(m_message);
    auto *split = new QSplitter;
    split->addWidget(form);
    split->addWidget(m_history);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(split);
    // Tab order follows the conversation: who → which appliance → what is wrong → when
    const QList<QWidget *> order = {
        m_caller,   m_name,           m_phone,         m_address, m_zone, m_product,     m_category,
        m_model,    m_purchaseDate,   m_serial,        m_fault,   m_kind, m_aboutTicket, m_severity,
        m_priority, m_priorityReason, m_preferredTime, m_channel, save};
    for (int i = 1; i < order.size(); ++i)
        QWidget::setTabOrder(order.at(i - 1), order.at(i));
    wrongForm->setRowVisible(m_aboutTicket, false); // until the call is a complaint
    wrongForm->setRowVisible(m_severity, false);
}

void IntakeForm::reloadChoices()
{
    const QString zone = m_zone->currentData().toString();
    const QString category = m_category->currentData().toString();
    m_loading = true;
    m_zone->clear();
    m_zone->addItem(tr("(not known)"), QString());
    for (const Record &z : m_desk.store().all(Store::Zones, QStringLiteral("id")))
        m_zone->addItem(z.value(QStringLiteral("name")).toString(), z.value(QStringLiteral("id")));
    m_category->clear();
    for (const Record &c : m_desk.store().all(Store::Categories, QStringLiteral("id")))
        m_category->addItem(c.value(QStringLiteral("name")).toString(), c.value(QStringLiteral("id")));
    m_zone->setCurrentIndex(qMax(0, m_zone->findData(zone)));
    m_category->setCurrentIndex(qMax(0, m_category->findData(category)));
    if (m_product->count() == 0)
        m_product->addItem(tr("New appliance"), QString());
    m_loading = false;
}

bool IntakeForm::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    const auto *key = static_cast<QKeyEvent *>(event);
    if (watched == m_caller && key->key() == Qt::Key_Down && m_matches->count() > 0) {
        m_matches->setFocus();
        m_matches->setCurrentRow(0);
        return true;
    }
    if (watched == m_caller && (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
        key->modifiers() == Qt::NoModifier) {
        m_searchTimer->stop();
        searchCaller();
        if (m_matches->count() == 1)
            pickMatch(0);
        else
            m_name->setFocus();
        return true;
    }
    if (watched == m_matches && (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)) {
        pickMatch(m_matches->currentRow());
        return true;
    }
    if (watched == m_matches && key->key() == Qt::Key_Escape) {
        m_caller->setFocus();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void IntakeForm::searchCaller()
{
    const QString text = m_caller->text().trimmed();
    m_matches->clear();
    CallerSearch search(m_desk.store());
    const QList<CallerSearch::Match> found = search.find(text, 12);
    for (const CallerSearch::Match &m : found) {
        auto *item = new QListWidgetItem(displayMatch(m));
        item->setData(Qt::UserRole, m.customerId);
        m_matches->addItem(item);
    }
    m_matches->setVisible(!found.isEmpty());
    // A new caller is entered in place: what was typed in the caller field goes where it belongs
    if (found.isEmpty() && m_customerId.isEmpty() && !text.isEmpty()) {
        static const QRegularExpression phoneLike(QStringLiteral("^\\+?[0-9][0-9 \\-()]{6,}$"));
        if (phoneLike.match(text).hasMatch() && m_phone->text().isEmpty())
            m_phone->setText(text);
    }
}

void IntakeForm::pickMatch(int row)
{
    QListWidgetItem *item = m_matches->item(row);
    if (!item)
        return;
    loadCustomer(item->data(Qt::UserRole).toString());
    m_matches->hide();
    (m_product->count() > 2 ? static_cast<QWidget *>(m_product) : static_cast<QWidget *>(m_fault))->setFocus();
}

void IntakeForm::loadCustomer(const QString &customerId)
{
    const auto customer = m_desk.store().load(Store::Customers, customerId);
    if (!customer)
        return;
    m_loading = true;
    m_customerId = customerId;
    m_contractButton->setEnabled(true);
    m_applianceButton->setEnabled(true);
    m_name->setText(customer->value(QStringLiteral("name")).toString());
    const QStringList phones = m_desk.store().customerPhones(customerId);
    m_phone->setText(phones.isEmpty() ? QString() : PhoneNumbers::display(phones.first()));
    m_address->setText(customer->value(QStringLiteral("address")).toString());
    m_zone->setCurrentIndex(qMax(0, m_zone->findData(customer->value(QStringLiteral("zone")))));
    m_product->clear();
    CustomerQueries queries(m_desk.store());
    for (const Record &p : queries.products(customerId)) {
        const QString label = p.value(QStringLiteral("category_name")).toString() + QLatin1Char(' ') +
                              p.value(QStringLiteral("model")).toString();
        m_product->addItem(label.trimmed(), p.value(QStringLiteral("id")));
    }
    m_product->addItem(tr("New appliance"), QString());
    m_loading = false;
    m_product->setCurrentIndex(0);
    productChosen();
    m_history->showCustomer(customerId);
}

QString IntakeForm::currentProductId() const
{
    return m_product->currentData().toString();
}

void IntakeForm::productChosen()
{
    if (m_loading)
        return;
    const QString id = currentProductId();
    if (!id.isEmpty()) {
        if (const auto p = m_desk.store().load(Store::Products, id)) {
            m_loading = true;
            m_category->setCurrentIndex(qMax(0, m_category->findData(p->value(QStringLiteral("category")))));
            m_model->setText(p->value(QStringLiteral("model")).toString());
            m_serial->setText(p->value(QStringLiteral("serial")).toString());
            m_purchaseDate->setText(p->value(QStringLiteral("purchase_date")).toString());
            m_loading = false;
            categoryChanged();
        }
    } else if (!m_loading) {
        m_model->clear();
        m_serial->clear();
        m_purchaseDate->clear();
    }
    updateChecks();
}

void IntakeForm::categoryChanged()
{
    if (m_loading)
        return;
    const QString category = m_category->currentData().toString();
    CustomerQueries queries(m_desk.store());
    m_modelCompletions->setStringList(queries.knownModels(category));
    // Quick picks: the faults most often reported for this category (Alt+1 … Alt+6)
    QLayout *row = m_quickFaults->layout();
    while (QLayoutItem *item = row->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const QStringList faults = queries.commonFaults(category, 6);
    for (int i = 0; i < faults.size(); ++i) {
        auto *b = new QPushButton(QStringLiteral("%1 %2").arg(i + 1).arg(faults.at(i)));
        b->setShortcut(QKeySequence(Qt::ALT | Qt::Key(Qt::Key_1 + i)));
        b->setToolTip(tr("Use this fault description (Alt+%1)").arg(i + 1));
        b->setFocusPolicy(Qt::NoFocus);
        b->setObjectName(QStringLiteral("quickFault%1").arg(i + 1));
        const QString text = faults.at(i);
        connect(b, &QPushButton::clicked, this, [this, text] { m_fault->setPlainText(text); });
        row->addWidget(b);
    }
    updateChecks();
}

void IntakeForm::fieldsChanged()
{
    const bool complaint = m_kind->currentData().toString() == QLatin1String("complaint");
    m_wrongForm->setRowVisible(m_aboutTicket, complaint);
    m_wrongForm->setRowVisible(m_severity, complaint);
    if (m_loading)
        return;
    updateChecks();
    m_draftTimer->start();
}

void IntakeForm::updateChecks()
{
    const QDate today = m_desk.clock().now().date();
    const RuleSettings settings = m_desk.processor().settings();
    // R5: warranty as soon as category and purchase date are known
    const auto category = m_desk.store().load(Store::Categories, m_category->currentData().toString());
    if (category) {
        Warranty::Terms terms;
        terms.wholeMonths = category->value(QStringLiteral("warranty_months")).toInt();
        terms.mainPartMonths = category->value(QStringLiteral("main_part_warranty_months")).toInt();
        const auto customer = m_desk.store().load(Store::Customers, m_customerId);
        const auto contract = customer
                                  ? ServiceContract::fromStored(customer->value(QStringLiteral("contract")).toString())
                                  : std::nullopt;
        const Warranty w(QDate::fromString(m_purchaseDate->text().trimmed(), Qt::ISODate), terms, contract,
                         category->value(QStringLiteral("id")).toString());
        switch (w.status(today)) {
        case Warranty::In:
            m_warranty->setText(tr("In warranty until %1").arg(w.wholeUnitEnd().toString(Qt::ISODate)));
            break;
        case Warranty::Out:
            m_warranty->setText(
                today <= w.mainPartEnd()
                    ? tr("Out of warranty since %1; main parts covered until %2")
                          .arg(w.wholeUnitEnd().addDays(1).toString(Qt::ISODate), w.mainPartEnd().toString(Qt::ISODate))
                    : tr("Out of warranty since %1").arg(w.wholeUnitEnd().addDays(1).toString(Qt::ISODate)));
            break;
        case Warranty::Contract:
            m_warranty->setText(tr("Service contract %1: charged by the contract").arg(w.contract()->describe()));
            break;
        case Warranty::Unknown:
            m_warranty->setText(tr("Warranty unknown: the technician checks the invoice on site"));
            break;
        }
    }
    // R7: the suggestion follows the words
    const QString suggested = PriorityRules::suggest(m_kind->currentData().toString(),
                                                     m_category->currentData().toString(), m_fault->toPlainText());
    m_priority->setItemText(0, tr("Suggested: %1").arg(DisplayText::priority(suggested)));
    const QString chosen = m_priority->currentData().toString();
    m_priorityReason->setEnabled(!chosen.isEmpty() && chosen != suggested);

    QStringList lines;
    // R2 and R3, as ticket.open will apply them
    const IntakeCheck::Result check =
        IntakeCheck::check(m_desk.store(), currentProductId(), m_kind->currentData().toString(),
                           m_desk.clock().now().toMSecsSinceEpoch(), settings);
    m_openTicketId = check.openTicket ? check.openTicket->value(QStringLiteral("id")).toString() : QString();
    // A complaint about the appliance's open ticket: that ticket is offered, the clerk may name another
    // (once: a clerk who clears it means it)
    const QString offered =
        check.complaintAbout ? check.complaintAbout->value(QStringLiteral("id")).toString() : QString();
    if (!offered.isEmpty() && offered != m_aboutOffered && m_aboutTicket->text().trimmed().isEmpty())
        m_aboutTicket->setText(check.complaintAbout->value(QStringLiteral("number")).toString());
    m_aboutOffered = offered;
    m_reminderButton->setEnabled(check.openTicket.has_value());
    if (check.openTicket)
        lines << QStringLiteral("<b style='color:#c62828'>") +
                     tr("This appliance already has an open ticket, %1 (%2). Log this call as a reminder (Ctrl+R) "
                        "instead of opening a second ticket.")
                         .arg(check.openTicket->value(QStringLiteral("number")).toString(),
                              TicketStates::label(check.openTicket->value(QStringLiteral("state")).toString()))
                         .toHtmlEscaped() +
                     QStringLiteral("</b>");
    if (check.repeatOf)
        lines << QStringLiteral("<b style='color:#e67e00'>") +
                     tr("Repeat repair: %1 was completed on %2, within %3 days.")
                         .arg(check.repeatOf->value(QStringLiteral("number")).toString(),
                              DisplayText::dateTime(check.repeatOf->value(QStringLiteral("completed_at")).toLongLong(),
                                                    settings.utcOffsetMinutes))
                         .arg(settings.repeatRepairDays)
                         .toHtmlEscaped() +
                     QStringLiteral("</b>");
    // R1: a bad phone blocks saving; missing details only mark the ticket
    if (!m_phone->text().trimmed().isEmpty()) {
        QString problem;
        if (PhoneNumbers::normalize(m_phone->text(), &problem).isEmpty())
            lines << QStringLiteral("<span style='color:#c62828'>") + tr("Phone: %1").arg(problem).toHtmlEscaped() +
                         QStringLiteral("</span>");
    }
    const bool started = !m_name->text().trimmed().isEmpty() || !m_phone->text().trimmed().isEmpty() ||
                         !m_fault->toPlainText().trimmed().isEmpty();
    QStringList missing;
    for (const QString &m :
         !started ? QStringList()
                  : IntakeCheck::missingDetails(m_model->text(), m_purchaseDate->text(), m_address->text())) {
        if (m == QLatin1String("model"))
            missing << tr("the model");
        else if (m == QLatin1String("purchase_date"))
            missing << tr("the purchase date");
        else if (!m_address->text().trimmed().isEmpty())
            missing << tr("the district and street of the address");
    }
    if (!missing.isEmpty())
        lines
            << tr("Can be saved, marked “needs verification”: %1 missing.").arg(missing.join(tr(", "))).toHtmlEscaped();
    m_checks->setText(lines.join(QStringLiteral("<br>")));
}

QJsonObject IntakeForm::ticketFields() const
{
    QJsonObject customer{{QStringLiteral("name"), m_name->text().trimmed()},
                         {QStringLiteral("phones"), QJsonArray{m_phone->text().trimmed()}},
                         {QStringLiteral("address"), m_address->text().trimmed()}};
    if (!m_customerId.isEmpty())
        customer.insert(QStringLiteral("id"), m_customerId);
    if (!m_zone->currentData().toString().isEmpty())
        customer.insert(QStringLiteral("zone"), m_zone->currentData().toString());
    QJsonObject product{{QStringLiteral("category"), m_category->currentData().toString()}};
    if (!currentProductId().isEmpty())
        product.insert(QStringLiteral("id"), currentProductId());
    const QList<QPair<QString, QLineEdit *>> productFields = {{QStringLiteral("model"), m_model},
                                                              {QStringLiteral("serial"), m_serial},
                                                              {QStringLiteral("purchase_date"), m_purchaseDate}};
    for (const auto &f : productFields)
        if (!f.second->text().trimmed().isEmpty())
            product.insert(f.first, f.second->text().trimmed());
    QJsonObject fields{{QStringLiteral("kind"), m_kind->currentData().toString()},
                       {QStringLiteral("channel"), m_channel->currentData().toString()},
                       {QStringLiteral("fault"), m_fault->toPlainText().trimmed()},
                       {QStringLiteral("customer"), customer},
                       {QStringLiteral("product"), product}};
    if (!m_priority->currentData().toString().isEmpty()) {
        fields.insert(QStringLiteral("priority"), m_priority->currentData().toString());
        if (m_priorityReason->isEnabled() && !m_priorityReason->text().trimmed().isEmpty())
            fields.insert(QStringLiteral("priority_reason"), m_priorityReason->text().trimmed());
    }
    if (!m_preferredTime->text().trimmed().isEmpty())
        fields.insert(QStringLiteral("preferred_time"), m_preferredTime->text().trimmed());
    if (m_kind->currentData().toString() == QLatin1String("complaint")) {
        if (!m_aboutTicket->text().trimmed().isEmpty())
            fields.insert(QStringLiteral("about_ticket"), m_aboutTicket->text().trimmed());
        fields.insert(QStringLiteral("severity"), m_severity->currentData().toString());
    }
    return fields;
}

void IntakeForm::showError(const QString &field, const QString &message)
{
    QWidget *target = m_caller;
    if (field.startsWith(QLatin1String("customer.phones")) || field == QLatin1String("customer.phone"))
        target = m_phone;
    else if (field == QLatin1String("customer.name"))
        target = m_name;
    else if (field == QLatin1String("customer.address"))
        target = m_address;
    else if (field == QLatin1String("customer.zone"))
        target = m_zone;
    else if (field == QLatin1String("product"))
        target = m_product;
    else if (field == QLatin1String("product.category"))
        target = m_category;
    else if (field == QLatin1String("product.model"))
        target = m_model;
    else if (field == QLatin1String("product.serial"))
        target = m_serial;
    else if (field == QLatin1String("product.purchase_date"))
        target = m_purchaseDate;
    else if (field == QLatin1String("fault") || field == QLatin1String("note"))
        target = m_fault;
    else if (field == QLatin1String("priority") || field == QLatin1String("priority_reason"))
        target = field == QLatin1String("priority") ? static_cast<QWidget *>(m_priority) : m_priorityReason;
    else if (field == QLatin1String("kind"))
        target = m_kind;
    else if (field == QLatin1String("about_ticket") || field == QLatin1String("about_technician"))
        target = m_aboutTicket;
    else if (field == QLatin1String("severity"))
        target = m_severity;
    else if (field == QLatin1String("channel"))
        target = m_channel;
    m_message->setText(tr("Not saved: %1").arg(message));
    m_message->setStyleSheet(QStringLiteral("color:#c62828"));
    m_message->setProperty(kFieldProperty, field);
    if (target == m_priorityReason)
        m_priorityReason->setEnabled(true);
    target->setFocus();
}

QString IntakeForm::save()
{
    const CommandResult r = m_desk.submit(QStringLiteral("ticket.open"), ticketFields());
    if (!r.ok) {
        showError(r.error.field, r.error.message);
        return {};
    }
    const QString number = r.info.value(QStringLiteral("number")).toString();
    QString text = tr("Saved as %1.").arg(number);
    QStringList flags;
    for (const QJsonValue &f : r.info.value(QStringLiteral("flags")).toArray())
        flags << DisplayText::flag(f.toString());
    if (!flags.isEmpty())
        text += QLatin1Char(' ') + tr("Flags: %1.").arg(flags.join(tr(", ")));
    clear();
    m_message->setStyleSheet(QString());
    m_message->setText(text);
    emit ticketSaved(r.id, number);
    return number;
}

QString IntakeForm::solveByPhone()
{
    const QString fault = m_fault->toPlainText().trimmed();
    const CommandResult opened = m_desk.submit(QStringLiteral("ticket.open"), ticketFields());
    if (!opened.ok) {
        showError(opened.error.field, opened.error.message);
        return {};
    }
    const QString number = opened.info.value(QStringLiteral("number")).toString();
    const CommandResult guided = m_desk.submit(
        QStringLiteral("ticket.guide_by_phone"),
        {{QStringLiteral("ticket"), opened.id}, {QStringLiteral("note"), tr("Guided on the phone: %1").arg(fault)}});
    clear();
    if (!guided.ok) {
        m_message->setText(tr("Saved as %1, but the guidance was not recorded: %2").arg(number, guided.error.message));
        emit ticketSaved(opened.id, number);
        return number;
    }
    QDateTime due;
    Command::parseTime(guided.info.value(QStringLiteral("callback_by")).toString(), &due);
    m_message->setStyleSheet(QString());
    m_message->setText(tr("Saved as %1, solved on the phone. Callback due at %2.")
                           .arg(number, DisplayText::dateTime(due.toMSecsSinceEpoch(),
                                                              m_desk.processor().settings().utcOffsetMinutes)));
    emit ticketSaved(opened.id, number);
    return number;
}

QString IntakeForm::logReminder()
{
    if (m_openTicketId.isEmpty()) {
        m_message->setText(tr("There is no open ticket for this appliance to log a reminder on."));
        return {};
    }
    const QString fault = m_fault->toPlainText().trimmed();
    const CommandResult r =
        m_desk.submit(QStringLiteral("ticket.note"),
                      {{QStringLiteral("ticket"), m_openTicketId},
                       {QStringLiteral("text"),
                        fault.isEmpty() ? tr("Reminder call (催单)") : tr("Reminder call (催单): %1").arg(fault)},
                       {QStringLiteral("reminder"), true}});
    if (!r.ok) {
        showError(r.error.field, r.error.message);
        return {};
    }
    const QString number = r.info.value(QStringLiteral("number")).toString();
    const QString ticketId = m_openTicketId;
    clear();
    m_message->setStyleSheet(QString());
    m_message->setText(tr("Reminder logged on %1; its priority was raised.").arg(number));
    emit ticketSaved(ticketId, number);
    return number;
}

void IntakeForm::startCall()
{
    clear();
}

void IntakeForm::enterWorkspace()
{
    m_caller->setFocus();
}

void IntakeForm::showCustomer(const QString &customerId)
{
    clear();
    loadCustomer(customerId);
    (m_product->count() > 2 ? static_cast<QWidget *>(m_product) : static_cast<QWidget *>(m_fault))->setFocus();
}

void IntakeForm::clear()
{
    m_loading = true;
    for (QLineEdit *e : {m_caller, m_name, m_phone, m_address, m_model, m_serial, m_purchaseDate, m_priorityReason,
                         m_preferredTime, m_aboutTicket})
        e->clear();
    m_severity->setCurrentIndex(0);
    m_aboutOffered.clear();
    m_fault->clear();
    m_matches->clear();
    m_matches->hide();
    m_priority->setCurrentIndex(0);
    m_zone->setCurrentIndex(0);
    m_kind->setCurrentIndex(0);
    m_channel->setCurrentIndex(0);
    m_zoneSuggested = false;
    m_category->setCurrentIndex(0); // as at start: nothing of the last call stays
    m_product->clear();
    m_product->addItem(tr("New appliance"), QString());
    m_customerId.clear();
    m_contractButton->setEnabled(false);
    m_applianceButton->setEnabled(false);
    m_openTicketId.clear();
    m_message->clear();
    m_loading = false;
    m_history->clearCustomer();
    m_draftTimer->stop();
    m_draft->remove();
    updateChecks();
    m_caller->setFocus();
}

QString IntakeForm::lastMessage() const
{
    return m_message->text();
}

QJsonObject IntakeForm::draftFields() const
{
    QJsonObject d = ticketFields();
    d.insert(QStringLiteral("caller"), m_caller->text());
    d.insert(QStringLiteral("customer_id"), m_customerId);
    d.insert(QStringLiteral("product_id"), currentProductId());
    d.insert(QStringLiteral("priority_reason"), m_priorityReason->text());
    return d;
}

void IntakeForm::restoreDraft(const QJsonObject &d)
{
    const QString customerId = d.value(QStringLiteral("customer_id")).toString();
    if (!customerId.isEmpty())
        loadCustomer(customerId);
    m_loading = true;
    const QJsonObject customer = d.value(QStringLiteral("customer")).toObject();
    const QJsonObject product = d.value(QStringLiteral("product")).toObject();
    m_caller->setText(d.value(QStringLiteral("caller")).toString());
    m_name->setText(customer.value(QStringLiteral("name")).toString());
    m_phone->setText(customer.value(QStringLiteral("phones")).toArray().first().toString());
    m_address->setText(customer.value(QStringLiteral("address")).toString());
    m_zone->setCurrentIndex(qMax(0, m_zone->findData(customer.value(QStringLiteral("zone")).toString())));
    const int productIndex = m_product->findData(d.value(QStringLiteral("product_id")).toString());
    m_product->setCurrentIndex(qMax(0, productIndex));
    m_category->setCurrentIndex(qMax(0, m_category->findData(product.value(QStringLiteral("category")).toString())));
    m_model->setText(product.value(QStringLiteral("model")).toString());
    m_serial->setText(product.value(QStringLiteral("serial")).toString());
    m_purchaseDate->setText(product.value(QStringLiteral("purchase_date")).toString());
    m_kind->setCurrentIndex(qMax(0, m_kind->findData(d.value(QStringLiteral("kind")).toString())));
    m_aboutTicket->setText(d.value(QStringLiteral("about_ticket")).toString());
    m_severity->setCurrentIndex(qMax(0, m_severity->findData(d.value(QStringLiteral("severity")).toString())));
    m_fault->setPlainText(d.value(QStringLiteral("fault")).toString());
    m_priority->setCurrentIndex(qMax(0, m_priority->findData(d.value(QStringLiteral("priority")).toString())));
    m_priorityReason->setText(d.value(QStringLiteral("priority_reason")).toString());
    m_preferredTime->setText(d.value(QStringLiteral("preferred_time")).toString());
    m_channel->setCurrentIndex(qMax(0, m_channel->findData(d.value(QStringLiteral("channel")).toString())));
    m_loading = false;
}

bool IntakeForm::editContract()
{
    const auto customer = m_desk.store().load(Store::Customers, m_customerId);
    if (!customer) {
        m_message->setText(tr("Find the customer first."));
        return false;
    }
    const auto contract = ServiceContract::fromStored(customer->value(QStringLiteral("contract")).toString());
    CommandDialog dialog(tr("Service contract of %1").arg(customer->value(QStringLiteral("name")).toString()),
                         tr("Charges follow the contract while it is valid, for what it covers; after it ends the "
                            "normal warranty rules apply. Leave the number empty to remove the contract."),
                         this);
    dialog.addText(QStringLiteral("number"), tr("Contract number"), contract ? contract->number : QString());
    dialog.addText(QStringLiteral("from"), tr("Valid from (yyyy-mm-dd)"),
                   contract && contract->from.isValid() ? contract->from.toString(Qt::ISODate) : QString());
    dialog.addText(QStringLiteral("until"), tr("Valid until (yyyy-mm-dd)"),
                   contract && contract->until.isValid() ? contract->until.toString(Qt::ISODate) : QString());
    dialog.addCheck(QStringLiteral("visit"), tr("Covers the visit fee"), !contract || contract->visit);
    dialog.addCheck(QStringLiteral("labour"), tr("Covers labour"), !contract || contract->labour);
    dialog.addCheck(QStringLiteral("parts"), tr("Covers parts"), !contract || contract->parts);
    while (m_runDialog(dialog) == QDialog::Accepted) {
        const QJsonObject f = dialog.fields();
        QJsonValue value; // null: no contract
        const QString number = f.value(QStringLiteral("number")).toString().trimmed();
        if (!number.isEmpty()) {
            QJsonArray covers;
            for (const char *what : {"visit", "labour", "parts"})
                if (f.value(QLatin1String(what)).toBool())
                    covers << QLatin1String(what);
            QJsonObject c{{QStringLiteral("number"), number}, {QStringLiteral("covers"), covers}};
            for (const char *key : {"from", "until"})
                if (!f.value(QLatin1String(key)).toString().trimmed().isEmpty())
                    c.insert(QLatin1String(key), f.value(QLatin1String(key)).toString().trimmed());
            value = c;
        }
        const CommandResult r = m_desk.submit(
            QStringLiteral("customer.upsert"),
            {{QStringLiteral("id"), m_customerId},
             {QStringLiteral("name"), customer->value(QStringLiteral("name")).toString()},
             {QStringLiteral("phones"), QJsonArray::fromStringList(m_desk.store().customerPhones(m_customerId))},
             {QStringLiteral("address"), customer->value(QStringLiteral("address")).toString()},
             {QStringLiteral("contract"), value}});
        if (r.ok) {
            m_message->setText(number.isEmpty() ? tr("The service contract is removed.")
                                                : tr("Service contract %1 saved.").arg(number));
            m_history->showCustomer(m_customerId);
            updateChecks();
            return true;
        }
        dialog.showError(r.error.message);
    }
    return false;
}

bool IntakeForm::addAppliance()
{
    if (m_customerId.isEmpty()) {
        m_message->setText(tr("Find the customer first."));
        return false;
    }
    QList<QPair<QString, QString>> categories;
    for (const Record &c : m_desk.store().all(Store::Categories, QStringLiteral("name")))
        categories << qMakePair(c.value(QStringLiteral("name")).toString(), c.value(QStringLiteral("id")).toString());
    CommandDialog dialog(tr("Add an appliance"),
                         tr("An appliance of this customer's for the record (用户档案): its warranty and maintenance "
                            "follow from it."),
                         this);
    dialog.addChoice(QStringLiteral("category"), tr("Category"), categories);
    dialog.addText(QStringLiteral("model"), tr("Model"));
    dialog.addText(QStringLiteral("serial"), tr("Serial number"));
    dialog.addText(QStringLiteral("purchase_date"), tr("Bought on (yyyy-mm-dd)"));
    while (m_runDialog(dialog) == QDialog::Accepted) {
        QJsonObject f{{QStringLiteral("customer"), m_customerId}};
        const QJsonObject given = dialog.fields();
        for (auto it = given.begin(); it != given.end(); ++it)
            if (!it.value().toString().trimmed().isEmpty())
                f.insert(it.key(), it.value().toString().trimmed());
        const CommandResult r = m_desk.submit(QStringLiteral("product.register"), f);
        if (r.ok) {
            m_message->setText(tr("Appliance added to the customer's record."));
            loadCustomer(m_customerId);
            return true;
        }
        dialog.showError(r.error.message);
    }
    return false;
}
