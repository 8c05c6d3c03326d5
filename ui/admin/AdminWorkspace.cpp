#include "AdminWorkspace.h"

#include "print/FormOutput.h"

#include "AdminRecordDialog.h"
#include "CategoryModel.h"
#include "FeeScheduleModel.h"
#include "Icons.h"
#include "PartCatalogueModel.h"
#include "RuleSettingsModel.h"
#include "TechnicianModel.h"
#include "UserModel.h"
#include "ZoneTravelModel.h"
#include "print/FeeCardPrinter.h"
#include "rules/Permissions.h"
#include "service/DeskService.h"

#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace {
QTableView *makeView(QAbstractItemModel *model, const QString &name)
{
    auto *view = new QTableView;
    view->setObjectName(name);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                          QAbstractItemView::AnyKeyPressed);
    view->setAlternatingRowColors(true);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(false);
    view->resizeColumnsToContents();
    return view;
}

QPushButton *button(Icons::Name icon, const QString &text, const QString &tip, const QString &name)
{
    auto *b = new QPushButton(Icons::get(icon), text);
    b->setToolTip(tip);
    b->setObjectName(name);
    return b;
}
} // namespace

AdminWorkspace::AdminWorkspace(DeskService &desk, QWidget *parent)
    : QWidget(parent), m_desk(desk), m_users(new UserModel(desk, this)), m_technicians(new TechnicianModel(desk, this)),
      m_zones(new ZoneTravelModel(desk, this)), m_categories(new CategoryModel(desk, this)),
      m_fees(new FeeScheduleModel(desk, this)), m_parts(new PartCatalogueModel(desk, this)),
      m_settings(new RuleSettingsModel(desk, this)), m_pages(new QTabWidget), m_banner(new QLabel),
      m_message(new QLabel)
{
    m_banner->setObjectName(QStringLiteral("adminBanner"));
    m_banner->setWordWrap(true);
    m_message->setObjectName(QStringLiteral("adminMessage"));
    m_message->setWordWrap(true);
    m_pages->setObjectName(QStringLiteral("adminPages"));

    const QList<QPair<QAbstractItemModel *, QString>> models = {
        {m_users, QStringLiteral("usersView")},      {m_technicians, QStringLiteral("techniciansView")},
        {m_zones, QStringLiteral("zonesView")},      {m_categories, QStringLiteral("categoriesView")},
        {m_fees, QStringLiteral("feesView")},        {m_parts, QStringLiteral("partsView")},
        {m_settings, QStringLiteral("settingsView")}};
    for (const auto &m : models)
        m_views << makeView(m.first, m.second);
    // The rules' descriptions take the room left; other tables keep their values next to their names
    m_views.at(Settings)->horizontalHeader()->setStretchLastSection(true);
    m_views.at(Settings)->setColumnHidden(RuleSettingsModel::Key, true); // a manager reads the description

    auto addEdit = [this](Page p, const QString &what) {
        QPushButton *add = button(Icons::Add, tr("&Add %1…").arg(what), tr("A new record, saved as a command"),
                                  QStringLiteral("add%1").arg(int(p)));
        QPushButton *edit =
            button(Icons::Edit, tr("&Edit…"), tr("Every field of the selected record (or double-click it)"),
                   QStringLiteral("edit%1").arg(int(p)));
        connect(add, &QPushButton::clicked, this, [this, p] { openForm(p, -1); });
        connect(edit, &QPushButton::clicked, this, [this, p] { editCurrent(p); });
        // The command these buttons give (a test walks the vocabulary against the windows)
        const QString commands[] = {m_users->command(),      m_technicians->command(), QStringLiteral("zone.upsert"),
                                    m_categories->command(), m_fees->command(),        m_parts->command()};
        if (p < Settings)
            for (QPushButton *b : {add, edit})
                b->setProperty("command", commands[p]);
        return QList<QWidget *>{add, edit};
    };
    QPushButton *card = button(Icons::Print, tr("Print fee schedule &card…"),
                               tr("The 收费标准卡 technicians show customers: every fee and part price"),
                               QStringLiteral("feeCardButton"));
    connect(card, &QPushButton::clicked, this, &AdminWorkspace::printFeeCardAs);
    QPushButton *partsCard = button(Icons::Print, tr("Print fee schedule &card…"),
                                    tr("The 收费标准卡 technicians show customers: every fee and part price"),
                                    QStringLiteral("feeCardButtonParts"));
    connect(partsCard, &QPushButton::clicked, this, &AdminWorkspace::printFeeCardAs);
    auto *printKey = new QShortcut(QKeySequence::Print, this);
    printKey->setContext(Qt::WidgetWithChildrenShortcut);
    printKey->setWhatsThis(tr("Print the fee schedule card"));
    connect(printKey, &QShortcut::activated, this, &AdminWorkspace::printFeeCardAs);
    QPushButton *reset = button(Icons::Undo, tr("Back to &default"),
                                tr("Set the selected rule back to its default value"), QStringLiteral("resetSetting"));
    reset->setProperty("command", QStringLiteral("setting.set"));
    connect(reset, &QPushButton::clicked, this, &AdminWorkspace::resetSettingToDefault);

    m_pages->addTab(page(Users,
                         tr("Who works at this desk and in which role. Clerks log calls, dispatchers run tickets, "
                            "supervisors also record callbacks, close complaints and approve charges off the "
                            "schedule, administrators set up the centre. Nobody is deleted: a user who left is "
                            "made inactive."),
                         m_views.at(Users), addEdit(Users, tr("user"))),
                    tr("Users and roles"));
    m_pages->addTab(page(Technicians,
                         tr("The technicians the board suggests and dispatches: the categories they repair, the zones "
                            "they cover, their shift and outlet. Double-click skills, zones or shift to edit them "
                            "in the form."),
                         m_views.at(Technicians), addEdit(Technicians, tr("technician"))),
                    tr("Technicians"));
    m_pages->addTab(page(Zones,
                         tr("Zones and the travel minutes between them, used to check that a technician can reach "
                            "the next appointment and when to leave. Double-click a cell to change it; a time "
                            "entered one way also counts the other way until that way has its own."),
                         m_views.at(Zones), addEdit(Zones, tr("zone"))),
                    tr("Zones and travel times"));
    m_pages->addTab(page(Categories,
                         tr("Product categories and their warranty (R5): months for the whole unit, longer months for "
                            "the main parts. The desk decides in or out of warranty from these."),
                         m_views.at(Categories), addEdit(Categories, tr("category"))),
                    tr("Categories and warranty"));
    QList<QWidget *> feeButtons = addEdit(Fees, tr("fee"));
    feeButtons << card;
    m_pages->addTab(page(Fees,
                         tr("The published fee schedule (收费标准, R6). Only these charges may be made without a "
                            "supervisor's approval; in warranty the customer pays nothing. Double-click an amount to "
                            "change it."),
                         m_views.at(Fees), feeButtons),
                    tr("Fee schedule"));
    QList<QWidget *> partButtons = addEdit(Parts, tr("part"));
    partButtons << partsCard;
    m_pages->addTab(
        page(Parts, tr("Spare parts at the catalogue price charged out of warranty."), m_views.at(Parts), partButtons),
        tr("Parts catalogue"));
    m_pages->addTab(page(Settings,
                         tr("The numbers the rules use. Double-click a value to change it; the next "
                            "command uses it. Values changed from the default are bold."),
                         m_views.at(Settings), {reset}),
                    tr("Rule settings"));

    for (AdminTableModel *model :
         {static_cast<AdminTableModel *>(m_users), static_cast<AdminTableModel *>(m_technicians),
          static_cast<AdminTableModel *>(m_categories), static_cast<AdminTableModel *>(m_fees),
          static_cast<AdminTableModel *>(m_parts)}) {
        connect(model, &AdminTableModel::changeSaved, this, &AdminWorkspace::showSaved);
        connect(model, &AdminTableModel::changeRefused, this, &AdminWorkspace::showRefused);
    }
    connect(m_zones, &ZoneTravelModel::changeSaved, this, &AdminWorkspace::showSaved);
    connect(m_zones, &ZoneTravelModel::changeRefused, this, &AdminWorkspace::showRefused);
    connect(m_settings, &RuleSettingsModel::changeSaved, this, &AdminWorkspace::showSaved);
    connect(m_settings, &RuleSettingsModel::changeRefused, this, &AdminWorkspace::showRefused);

    // Columns that hold lists or choices are edited in the form
    for (int p = 0; p < PageCount; ++p) {
        if (p == Settings || p == Zones)
            continue;
        QTableView *v = m_views.at(p);
        connect(v, &QTableView::doubleClicked, this, [this, p, v](const QModelIndex &index) {
            if (!(v->model()->flags(index) & Qt::ItemIsEditable) &&
                !(v->model()->flags(index) & Qt::ItemIsUserCheckable))
                openForm(Page(p), index.row());
        });
    }

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(m_pages, 1);
    layout->addWidget(m_message);
    updateBanner();
}

QWidget *AdminWorkspace::page(Page, const QString &intro, QTableView *view, const QList<QWidget *> &buttons)
{
    auto *w = new QWidget;
    auto *introLabel = new QLabel(intro);
    introLabel->setWordWrap(true);
    auto *row = new QHBoxLayout;
    for (QWidget *b : buttons)
        row->addWidget(b);
    row->addStretch();
    auto *layout = new QVBoxLayout(w);
    layout->addWidget(introLabel);
    layout->addWidget(view, 1);
    layout->addLayout(row);
    return w;
}

void AdminWorkspace::showEvent(QShowEvent *event)
{
    updateBanner();
    QWidget::showEvent(event);
}

void AdminWorkspace::updateBanner()
{
    const auto user = m_desk.store().load(Store::Users, m_desk.user());
    if (!user) {
        m_banner->setText(tr("Every change here is saved as a command: kept in the audit trail with who and when, "
                             "and sent to the other desks."));
        m_banner->setStyleSheet(QString());
        return;
    }
    const QString name = user->value(QStringLiteral("name")).toString();
    const QString role = user->value(QStringLiteral("role")).toString();
    if (Permissions::allows(role, QStringLiteral("setting.set"))) {
        m_banner->setText(tr("Working as %1 (%2). Every change here is saved as a command: kept in the audit trail "
                             "with who and when, and sent to the other desks.")
                              .arg(name, UserModel::roleName(role)));
        m_banner->setStyleSheet(QString());
    } else {
        // The core's own words: the same refusal any change here will get
        m_banner->setText(tr("You can look at the set-up, but changes will be refused: %1")
                              .arg(Permissions::refusal(name, role, QStringLiteral("setting.set"))));
        m_banner->setStyleSheet(QStringLiteral("background:#fff8e1; padding:4px"));
    }
}

void AdminWorkspace::showPage(Page page)
{
    m_pages->setCurrentIndex(int(page));
}

QTableView *AdminWorkspace::view(Page page) const
{
    return m_views.value(int(page));
}

QString AdminWorkspace::message() const
{
    return m_message->text();
}

void AdminWorkspace::showSaved(const QString &message)
{
    m_message->setStyleSheet(QStringLiteral("color:#2e7d32"));
    m_message->setText(message);
    view(Page(m_pages->currentIndex()))->resizeColumnsToContents();
}

void AdminWorkspace::showRefused(const QString &message)
{
    m_message->setStyleSheet(QStringLiteral("color:#c62828; font-weight:bold"));
    m_message->setText(message);
}

AdminTableModel *AdminWorkspace::tableModel(Page page) const
{
    switch (page) {
    case Users:
        return m_users;
    case Technicians:
        return m_technicians;
    case Categories:
        return m_categories;
    case Fees:
        return m_fees;
    case Parts:
        return m_parts;
    default:
        return nullptr;
    }
}

void AdminWorkspace::editCurrent(Page page)
{
    const QModelIndex current = view(page)->currentIndex();
    if (!current.isValid()) {
        showRefused(tr("Choose a row to edit first."));
        return;
    }
    openForm(page, current.row());
}

AdminRecordDialog *AdminWorkspace::openForm(Page page, int row)
{
    const bool isNew = row < 0;
    AdminRecordDialog *dialog = nullptr;
    if (page == Zones) {
        const int count = m_zones->rowCount();
        const QString id = isNew ? QString() : m_zones->zoneId(row);
        dialog =
            new AdminRecordDialog(isNew ? tr("New zone") : tr("Zone %1").arg(id),
                                  tr("A zone (片区) of the centre and the minutes a technician needs to drive from "
                                     "it to each other zone."),
                                  this);
        dialog->addText(QStringLiteral("id"), tr("Id"), id, !isNew);
        dialog->addText(QStringLiteral("name"), tr("Name"),
                        isNew ? QString() : m_zones->index(row, ZoneTravelModel::Name).data().toString());
        for (int r = 0; r < count; ++r) {
            const QString to = m_zones->zoneId(r);
            if (to == id)
                continue;
            int minutes = -1;
            if (!isNew) {
                const QVariant m = m_zones->index(row, m_zones->columnOfZone(to)).data(ZoneTravelModel::RawValueRole);
                minutes = m.isNull() ? -1 : m.toInt();
            }
            dialog->addNumber(QStringLiteral("travel:") + to,
                              tr("Minutes to %1").arg(m_zones->index(r, ZoneTravelModel::Name).data().toString()),
                              minutes, -1, 24 * 60, tr("min"));
            if (auto *spin = qobject_cast<QSpinBox *>(dialog->field(QStringLiteral("travel:") + to)))
                spin->setSpecialValueText(tr("not entered"));
        }
        dialog->setSubmitter([this](const QJsonObject &fields) {
            QJsonObject command;
            QJsonObject travel;
            for (auto it = fields.begin(); it != fields.end(); ++it) {
                if (!it.key().startsWith(QLatin1String("travel:")))
                    command.insert(it.key(), it.value());
                else if (it.value().toInt() >= 0)
                    travel.insert(it.key().mid(7), it.value().toInt());
            }
            if (!travel.isEmpty())
                command.insert(QStringLiteral("travel_minutes"), travel);
            return m_zones->submit(command) ? QString() : message();
        });
    } else if (page == Settings) {
        return nullptr;
    } else {
        AdminTableModel *model = tableModel(page);
        const Record r = isNew ? Record() : model->record(row);
        auto text = [&r](const char *column) { return r.value(QLatin1String(column)).toString(); };
        switch (page) {
        case Users:
            dialog = new AdminRecordDialog(isNew ? tr("New user") : tr("User %1").arg(text("id")),
                                           tr("The role decides what the user may do at the desk; the core enforces "
                                              "it on every command."),
                                           this);
            dialog->addText(QStringLiteral("id"), tr("User id"), text("id"), !isNew);
            dialog->addText(QStringLiteral("name"), tr("Name"), text("name"));
            dialog->addChoice(QStringLiteral("role"), tr("Role"), UserModel::roleChoices(),
                              isNew ? QStringLiteral("clerk") : text("role"));
            dialog->addText(QStringLiteral("outlet"), tr("Outlet"), text("outlet"));
            dialog->addCheck(QStringLiteral("active"), tr("Active (may work at the desk)"),
                             isNew || r.value(QStringLiteral("active")).toBool());
            break;
        case Technicians: {
            dialog = new AdminRecordDialog(isNew ? tr("New technician") : tr("Technician %1").arg(text("id")),
                                           tr("The board suggests a technician for a ticket by skill for the "
                                              "category, zone, free time and load."),
                                           this);
            dialog->addText(QStringLiteral("id"), tr("Id"), text("id"), !isNew);
            dialog->addText(QStringLiteral("name"), tr("Name"), text("name"));
            dialog->addText(QStringLiteral("phone"), tr("Phone"),
                            isNew ? QString() : m_technicians->index(row, TechnicianModel::Phone).data().toString());
            QList<QPair<QString, QString>> categories;
            for (int i = 0; i < m_categories->rowCount(); ++i)
                categories << qMakePair(m_categories->index(i, CategoryModel::Name).data().toString(),
                                        m_categories->key(i));
            QList<QPair<QString, QString>> zones;
            for (int i = 0; i < m_zones->rowCount(); ++i)
                zones << qMakePair(m_zones->index(i, ZoneTravelModel::Name).data().toString(), m_zones->zoneId(i));
            dialog->addChecklist(QStringLiteral("skills"), tr("Skills (categories repaired)"), categories,
                                 AdminTableModel::jsonList(r.value(QStringLiteral("skills"))));
            dialog->addChecklist(QStringLiteral("zones"), tr("Zones covered"), zones,
                                 AdminTableModel::jsonList(r.value(QStringLiteral("zones"))));
            dialog->addTime(QStringLiteral("shift_start"), tr("Shift starts"),
                            isNew ? QStringLiteral("08:30") : text("shift_start"));
            dialog->addTime(QStringLiteral("shift_end"), tr("Shift ends"),
                            isNew ? QStringLiteral("17:30") : text("shift_end"));
            dialog->addText(QStringLiteral("outlet"), tr("Outlet"), text("outlet"));
            dialog->addCheck(QStringLiteral("active"), tr("Active (may be dispatched)"),
                             isNew || r.value(QStringLiteral("active")).toBool());
            break;
        }
        case Categories: {
            dialog = new AdminRecordDialog(isNew ? tr("New category") : tr("Category %1").arg(text("id")),
                                           tr("Warranty terms (R5): the whole unit is covered for the first months, "
                                              "the main parts for their own, longer months."),
                                           this);
            dialog->addText(QStringLiteral("id"), tr("Id"), text("id"), !isNew);
            dialog->addText(QStringLiteral("name"), tr("Name"), text("name"));
            dialog->addNumber(QStringLiteral("warranty_months"), tr("Whole unit warranty"),
                              isNew ? 12 : r.value(QStringLiteral("warranty_months")).toInt(), 0, 240, tr("months"));
            dialog->addNumber(QStringLiteral("main_part_warranty_months"), tr("Main parts warranty"),
                              isNew ? 12 : r.value(QStringLiteral("main_part_warranty_months")).toInt(), 0, 240,
                              tr("months"));
            QList<QPair<QString, QString>> parts;
            for (int i = 0; i < m_parts->rowCount(); ++i)
                parts << qMakePair(m_parts->key(i) + QStringLiteral(" ") +
                                       m_parts->index(i, PartCatalogueModel::Name).data().toString(),
                                   m_parts->key(i));
            dialog->addChecklist(QStringLiteral("main_parts"), tr("Main parts"), parts,
                                 AdminTableModel::jsonList(r.value(QStringLiteral("main_parts"))));
            // R22: water purifier filters and the like; 0 for none
            dialog->addNumber(QStringLiteral("maintenance_months"), tr("Maintenance every"),
                              isNew ? 0 : r.value(QStringLiteral("maintenance_months")).toInt(), 0, 120, tr("months"));
            break;
        }
        case Fees:
            dialog = new AdminRecordDialog(isNew ? tr("New fee") : tr("Fee %1").arg(text("code")),
                                           tr("A line of the published fee schedule; it appears on the fee schedule "
                                              "card and in the service receipt."),
                                           this);
            dialog->addText(QStringLiteral("code"), tr("Code"), text("code"), !isNew);
            dialog->addText(QStringLiteral("name"), tr("Item"), text("name"));
            dialog->addChoice(QStringLiteral("kind"), tr("Kind"), FeeScheduleModel::kindChoices(),
                              isNew ? QStringLiteral("labour") : text("kind"));
            dialog->addMoney(QStringLiteral("amount_fen"), tr("Amount"),
                             r.value(QStringLiteral("amount_fen")).toLongLong());
            break;
        case Parts:
            dialog =
                new AdminRecordDialog(isNew ? tr("New part") : tr("Part %1").arg(text("sku")),
                                      tr("A spare part and the price the customer pays for it out of warranty."), this);
            dialog->addText(QStringLiteral("sku"), tr("Part number"), text("sku"), !isNew);
            dialog->addText(QStringLiteral("name"), tr("Part"), text("name"));
            dialog->addMoney(QStringLiteral("price_fen"), tr("Catalogue price"),
                             r.value(QStringLiteral("price_fen")).toLongLong());
            break;
        default:
            return nullptr;
        }
        dialog->setSubmitter([model](const QJsonObject &fields) {
            QString error;
            return model->submit(fields, &error) ? QString() : error;
        });
    }
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

void AdminWorkspace::resetSettingToDefault()
{
    const QModelIndex current = view(Settings)->currentIndex();
    if (!current.isValid()) {
        showRefused(tr("Choose a rule first."));
        return;
    }
    const QString key = m_settings->key(current.row());
    m_settings->setData(m_settings->index(current.row(), RuleSettingsModel::Value),
                        RuleSettingsModel::defaultValue(key));
}

bool AdminWorkspace::printFeeCard(const QString &pdfPath, QString *error)
{
    if (!FeeCardPrinter::feeCard(m_desk, pdfPath, error)) {
        showRefused(*error);
        return false;
    }
    showSaved(tr("Fee schedule card saved as %1").arg(QDir::toNativeSeparators(pdfPath)));
    return true;
}

void AdminWorkspace::printFeeCardAs()
{
    bool ok = false;
    const QString message = FormOutput::preview(FeeCardPrinter::form(m_desk), this, &ok);
    if (message.isEmpty())
        return;
    ok ? showSaved(message) : showRefused(message);
}
