#include "DashboardView.h"

#include "print/FormOutput.h"

#include "Icons.h"
#include "TableExport.h"
#include "TicketDrillDialog.h"
#include "models/KpiBreakdownModel.h"
#include "models/KpiComparisonModel.h"
#include "models/ReportTableModel.h"
#include "reports/SupervisorText.h"
#include "service/DeskService.h"
#include "storage/SupervisorQueries.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineSeries>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>
#include <QValueAxis>
#include <cmath>

namespace {
// A count axis: whole numbers only, evenly spaced (1, 2, 5, 10… apart), its top above the highest bar
void countAxis(QValueAxis *axis, double most)
{
    double step = 1;
    while (most / step > 6) // 1, 2, 5, 10, 20, 50…
        step = QString::number(step).startsWith(QLatin1Char('2')) ? step * 2.5 : step * 2;
    axis->setTickType(QValueAxis::TicksDynamic);
    axis->setTickAnchor(0);
    axis->setTickInterval(step);
    axis->setRange(0, step * std::ceil(qMax(1.0, most * 1.1) / step));
    axis->setLabelFormat(QStringLiteral("%d"));
}

QTableView *makeTable(QAbstractItemModel *model, int sortRole, const QString &name)
{
    auto *proxy = new QSortFilterProxyModel(model);
    proxy->setSourceModel(model);
    proxy->setSortRole(sortRole);
    auto *table = new QTableView;
    table->setObjectName(name);
    table->setModel(proxy);
    table->setSortingEnabled(true);
    table->sortByColumn(-1, Qt::AscendingOrder);
    table->setSelectionBehavior(QAbstractItemView::SelectItems);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    // Columns as wide as what they hold (ticket numbers are never cut), measured when the rows change
    QObject::connect(model, &QAbstractItemModel::modelReset, table, &QTableView::resizeColumnsToContents);
    return table;
}

QChart *barChart(const QString &title, const QString &setName, const QList<QPair<QString, double>> &bars)
{
    auto *chart = new QChart;
    chart->setTitle(title);
    chart->legend()->hide();
    auto *set = new QBarSet(setName);
    QStringList categories;
    double most = 0;
    for (const auto &b : bars) {
        *set << b.second;
        categories << b.first;
        most = qMax(most, b.second);
    }
    auto *series = new QBarSeries;
    series->append(set);
    series->setLabelsVisible(true);
    chart->addSeries(series);
    auto *x = new QBarCategoryAxis;
    x->append(categories);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    auto *y = new QValueAxis;
    countAxis(y, most);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    return chart;
}
} // namespace

DashboardView::DashboardView(DeskService &desk, QWidget *parent)
    : QWidget(parent), m_desk(desk), m_preset(new QComboBox), m_from(new QDateEdit), m_to(new QDateEdit),
      m_periodLabel(new QLabel), m_comparison(new KpiComparisonModel(this)), m_breakdown(new KpiBreakdownModel(this)),
      m_faults(new ReportTableModel({{QStringLiteral("category_name"), tr("Category")},
                                     {QStringLiteral("model"), tr("Model")},
                                     {QStringLiteral("repairs"), tr("Repairs"), ReportTableModel::Count},
                                     {QStringLiteral("repeats"), tr("Repeats"), ReportTableModel::Count},
                                     {QStringLiteral("parts"), tr("Parts used"), ReportTableModel::Count},
                                     {QStringLiteral("product_defect"), tr("Product defect"), ReportTableModel::Count},
                                     {QStringLiteral("installation"), tr("Installation"), ReportTableModel::Count},
                                     {QStringLiteral("misuse"), tr("Misuse"), ReportTableModel::Count},
                                     {QStringLiteral("wear"), tr("Wear"), ReportTableModel::Count}},
                                    this)),
      m_parts(new ReportTableModel({{QStringLiteral("sku"), tr("Part")},
                                    {QStringLiteral("name"), tr("Name")},
                                    {QStringLiteral("qty"), tr("Quantity"), ReportTableModel::Count},
                                    {QStringLiteral("tickets"), tr("Tickets"), ReportTableModel::Count},
                                    {QStringLiteral("models"), tr("Models"), ReportTableModel::Count}},
                                   this)),
      m_claims(new ReportTableModel(
          {{QStringLiteral("outlet"), tr("Outlet")},
           {QStringLiteral("tickets"), tr("Completed tickets"), ReportTableModel::Count},
           {QStringLiteral("claim_lines"), tr("Warranty claim lines"), ReportTableModel::Count},
           {QStringLiteral("claims_fen"), tr("Claimed"), ReportTableModel::Money},
           {QStringLiteral("per_ticket_fen"), tr("Claimed per ticket"), ReportTableModel::Money},
           {QStringLiteral("others_per_ticket_fen"), tr("Other outlets per ticket"), ReportTableModel::Money},
           {QStringLiteral("outlier"), tr("Far above the others"), ReportTableModel::YesNo}},
          this)),
      m_daily(new ReportTableModel({{QStringLiteral("technician_name"), tr("Technician")},
                                    {QStringLiteral("number"), tr("Ticket")},
                                    {QStringLiteral("customer_name"), tr("Customer")},
                                    {QStringLiteral("customer_address"), tr("Address")},
                                    {QStringLiteral("model"), tr("Model")},
                                    {QStringLiteral("fault"), tr("Fault")},
                                    {QStringLiteral("arrived_at"), tr("Arrived"), ReportTableModel::Time},
                                    {QStringLiteral("completed_at"), tr("Completed"), ReportTableModel::Time},
                                    {QStringLiteral("state"), tr("State"), ReportTableModel::State},
                                    {QStringLiteral("resolution"), tr("Work done")},
                                    {QStringLiteral("parts"), tr("Parts")},
                                    {QStringLiteral("charges_fen"), tr("Charged"), ReportTableModel::Money},
                                    {QStringLiteral("paid_fen"), tr("Paid"), ReportTableModel::Money},
                                    {QStringLiteral("satisfaction"), tr("Satisfaction")}},
                                   this)),
      m_callbackList(new ReportTableModel({{QStringLiteral("due_at"), tr("Due"), ReportTableModel::DateTime},
                                           {QStringLiteral("number"), tr("Ticket")},
                                           {QStringLiteral("kind"), tr("Callback"), ReportTableModel::CallbackKind},
                                           {QStringLiteral("customer_name"), tr("Customer")},
                                           {QStringLiteral("phone"), tr("Phone"), ReportTableModel::Phone},
                                           {QStringLiteral("technician_name"), tr("Technician")},
                                           {QStringLiteral("attempts"), tr("Tries"), ReportTableModel::Count},
                                           {QStringLiteral("done_at"), tr("Done"), ReportTableModel::DateTime},
                                           {QStringLiteral("solved"), tr("Solved"), ReportTableModel::YesNo},
                                           {QStringLiteral("satisfaction"), tr("Satisfaction")},
                                           {QStringLiteral("comment"), tr("Comment")}},
                                          this)),
      m_dimension(new QComboBox), m_trendKpi(new QComboBox), m_trendBucket(new QComboBox), m_trendChart(new QChartView),
      m_modelChart(new QChartView), m_partChart(new QChartView), m_reportDay(new QDateEdit), m_tabs(new QTabWidget)
{
    const int offset = desk.processor().settings().utcOffsetMinutes;
    for (ReportTableModel *m : {m_faults, m_parts, m_claims, m_daily, m_callbackList})
        m->setUtcOffsetMinutes(offset);

    // Period
    m_preset->addItems({tr("Today"), tr("Yesterday"), tr("This week"), tr("Last 7 days"), tr("This month"),
                        tr("Last 30 days"), tr("Custom")});
    m_preset->setObjectName(QStringLiteral("periodPreset"));
    for (QDateEdit *e : {m_from, m_to, m_reportDay}) {
        e->setCalendarPopup(true);
        e->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    auto *periodRow = new QHBoxLayout;
    periodRow->addWidget(new QLabel(tr("Period:")));
    periodRow->addWidget(m_preset);
    periodRow->addWidget(m_from);
    periodRow->addWidget(new QLabel(tr("to")));
    periodRow->addWidget(m_to);
    periodRow->addWidget(m_periodLabel, 1);

    // Comparison with the previous period
    QTableView *comparisonTable = makeTable(m_comparison, KpiComparisonModel::RawValueRole, QStringLiteral("kpiTable"));
    comparisonTable->setSortingEnabled(false);
    m_comparisonTable = comparisonTable;
    connect(comparisonTable, &QTableView::doubleClicked, this, [this](const QModelIndex &i) {
        if (i.column() == KpiComparisonModel::Current)
            drillDown(i.data(KpiComparisonModel::KpiRole).toString(), KpiQueries::Total, QString());
    });

    // Breakdown
    for (const KpiQueries::Dimension d :
         {KpiQueries::Technician, KpiQueries::Outlet, KpiQueries::Category, KpiQueries::Model})
        m_dimension->addItem(SupervisorText::dimension(d), int(d));
    QTableView *breakdownTable =
        makeTable(m_breakdown, KpiBreakdownModel::RawValueRole, QStringLiteral("breakdownTable"));
    m_breakdownTable = breakdownTable;
    connect(breakdownTable, &QTableView::doubleClicked, this, [this](const QModelIndex &i) {
        const QString kpi = i.data(KpiBreakdownModel::KpiRole).toString();
        if (!kpi.isEmpty())
            drillDown(kpi, m_breakdown->dimension(), i.data(KpiBreakdownModel::GroupKeyRole).toString(), true,
                      i.siblingAtColumn(KpiBreakdownModel::Group).data().toString());
    });
    auto *breakdownPage = new QWidget;
    auto *breakdownLayout = new QVBoxLayout(breakdownPage);
    auto *dimRow = new QHBoxLayout;
    dimRow->addWidget(new QLabel(tr("Per:")));
    dimRow->addWidget(m_dimension);
    auto *drillHint = new QLabel(tr("Double-click a number to see the tickets behind it."));
    drillHint->setWordWrap(true);
    dimRow->addWidget(drillHint, 1);
    breakdownLayout->addLayout(dimRow);
    breakdownLayout->addWidget(tableWithExport(breakdownTable, tr("kpis.xlsx")), 1);

    // Trends
    for (const QString &kpi : KpiQueries::names())
        m_trendKpi->addItem(SupervisorText::kpiLabel(kpi), kpi);
    m_trendKpi->setCurrentIndex(m_trendKpi->findData(QStringLiteral("first_time_fix_rate")));
    m_trendBucket->addItem(tr("by day"), int(KpiQueries::Day));
    m_trendBucket->addItem(tr("by week"), int(KpiQueries::Week));
    m_trendChart->setRenderHint(QPainter::Antialiasing);
    auto *trendPage = new QWidget;
    auto *trendLayout = new QVBoxLayout(trendPage);
    auto *trendRow = new QHBoxLayout;
    trendRow->addWidget(m_trendKpi);
    trendRow->addWidget(m_trendBucket);
    trendRow->addStretch();
    trendLayout->addLayout(trendRow);
    trendLayout->addWidget(m_trendChart, 1);

    // Faults by model and part (坏件记录)
    auto *faultsPage = new QWidget;
    auto *faultsLayout = new QGridLayout(faultsPage);
    faultsLayout->addWidget(m_modelChart, 0, 0);
    faultsLayout->addWidget(m_partChart, 0, 1);
    faultsLayout->addWidget(
        tableWithExport(makeTable(m_faults, ReportTableModel::RawValueRole, QStringLiteral("faultTable")),
                        tr("faults-by-model.xlsx")),
        1, 0);
    faultsLayout->addWidget(
        tableWithExport(makeTable(m_parts, ReportTableModel::RawValueRole, QStringLiteral("partTable")),
                        tr("faults-by-part.xlsx")),
        1, 1);
    faultsLayout->setRowStretch(0, 3);
    faultsLayout->setRowStretch(1, 2);

    // Outlet claims
    auto *claimsPage = new QWidget;
    auto *claimsLayout = new QVBoxLayout(claimsPage);
    auto *claimsHint = new QLabel(
        tr("Warranty claims per completed ticket, per outlet. An outlet claiming more than %1 times the other "
           "outlets' figure is marked (quality-claim check).")
            .arg(KpiQueries::kClaimOutlierFactor));
    claimsHint->setWordWrap(true); // a narrow window wraps it instead of growing
    claimsLayout->addWidget(claimsHint);
    claimsLayout->addWidget(
        tableWithExport(makeTable(m_claims, ReportTableModel::RawValueRole, QStringLiteral("claimTable")),
                        tr("outlet-claims.xlsx")),
        1);

    // Technician daily report and the day's callback list
    auto *dailyPage = new QWidget;
    auto *dailyLayout = new QVBoxLayout(dailyPage);
    auto *dailyRow = new QHBoxLayout;
    auto *printDaily = new QPushButton(Icons::get(Icons::Print), tr("Print daily report…"));
    printDaily->setToolTip(tr("Print each technician's report of the chosen day, with a preview; or save it as PDF "
                              "(Ctrl+P)"));
    printDaily->setObjectName(QStringLiteral("printDailyReport"));
    auto *printCallbacks = new QPushButton(Icons::get(Icons::Print), tr("Print callback list…"));
    printCallbacks->setToolTip(tr("Print the callbacks of the chosen day, with a preview; or save them as PDF"));
    printCallbacks->setObjectName(QStringLiteral("printCallbackList"));
    dailyRow->addWidget(new QLabel(tr("Day:")));
    dailyRow->addWidget(m_reportDay);
    dailyRow->addStretch();
    dailyRow->addWidget(printDaily);
    dailyRow->addWidget(printCallbacks);
    dailyLayout->addLayout(dailyRow);
    dailyLayout->addWidget(new QLabel(tr("Technician daily report (技术人员日报表)")));
    dailyLayout->addWidget(
        tableWithExport(makeTable(m_daily, ReportTableModel::RawValueRole, QStringLiteral("dailyTable")),
                        tr("daily-report.xlsx")),
        3);
    dailyLayout->addWidget(new QLabel(tr("Callbacks of the day")));
    dailyLayout->addWidget(
        tableWithExport(makeTable(m_callbackList, ReportTableModel::RawValueRole, QStringLiteral("callbackListTable")),
                        tr("callback-list.xlsx")),
        2);
    auto print = [this](const PrintedForm &form) {
        bool ok = false;
        const QString message = FormOutput::preview(form, this, &ok);
        if (!ok && !message.isEmpty())
            QMessageBox::warning(this, form.title, message);
    };
    connect(printDaily, &QPushButton::clicked, this, [this, print] { print(dailyReportForm()); });
    connect(printCallbacks, &QPushButton::clicked, this, [this, print] { print(callbackListForm()); });
    auto *printKey = new QShortcut(QKeySequence::Print, dailyPage);
    printKey->setContext(Qt::WidgetWithChildrenShortcut);
    printKey->setWhatsThis(tr("Print the technician daily report of the chosen day"));
    connect(printKey, &QShortcut::activated, printDaily, &QPushButton::click);

    m_tabs->addTab(breakdownPage, tr("Breakdown"));
    m_tabs->addTab(trendPage, tr("Trends"));
    m_tabs->addTab(faultsPage, tr("Faults by model and part"));
    m_tabs->addTab(claimsPage, tr("Outlet claims"));
    m_tabs->addTab(dailyPage, tr("Daily report"));

    auto *left = new QWidget;
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(tableWithExport(comparisonTable, tr("kpi-comparison.xlsx")), 1);
    auto *split = new QSplitter;
    split->addWidget(left);
    split->addWidget(m_tabs);
    left->setMinimumWidth(420);
    split->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(periodRow);
    layout->addWidget(split, 1);

    connect(m_preset, &QComboBox::currentIndexChanged, this, [this](int i) {
        if (i != Custom)
            setPreset(Preset(i));
    });
    auto custom = [this] {
        if (m_loading)
            return;
        m_loading = true;
        m_preset->setCurrentIndex(Custom);
        m_loading = false;
        refresh();
    };
    connect(m_from, &QDateEdit::dateChanged, this, custom);
    connect(m_to, &QDateEdit::dateChanged, this, custom);
    connect(m_dimension, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_loading)
            setDimension(KpiQueries::Dimension(m_dimension->currentData().toInt()));
    });
    connect(m_trendKpi, &QComboBox::currentIndexChanged, this, &DashboardView::refreshTrend);
    connect(m_trendBucket, &QComboBox::currentIndexChanged, this, &DashboardView::refreshTrend);
    connect(m_reportDay, &QDateEdit::dateChanged, this, &DashboardView::refreshDaily);

    m_loading = true;
    m_reportDay->setDate(desk.clock().now().toOffsetFromUtc(offset * 60).date());
    m_loading = false;
    // The period is set now; the KPIs over it wait until someone looks (a big desk starts in a second)
    m_pendingRefresh = true;
    setPreset(Last7Days);
    m_constructed = true;
    comparisonTable->resizeColumnsToContents();
}

void DashboardView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_pendingRefresh)
        QMetaObject::invokeMethod(this, &DashboardView::refresh, Qt::QueuedConnection);
}

QWidget *DashboardView::tableWithExport(QTableView *table, const QString &fileName)
{
    auto *box = new QWidget;
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(table, 1);
    auto *button = new QPushButton(Icons::get(Icons::Export), tr("Export…"));
    button->setToolTip(tr("Save this table as shown, as an Excel workbook or CSV"));
    connect(button, &QPushButton::clicked, this, [this, table, fileName] {
        const QString path =
            QFileDialog::getSaveFileName(this, tr("Export the table"), fileName, TableExport::fileFilters());
        QString error;
        if (!path.isEmpty() &&
            !TableExport::writeTable(*table->model(), QFileInfo(path).completeBaseName(), path, &error))
            QMessageBox::warning(this, tr("Export"), error);
    });
    auto *row = new QHBoxLayout;
    row->addStretch();
    row->addWidget(button);
    layout->addLayout(row);
    return box;
}

qint64 DashboardView::dayStart(const QDate &day) const
{
    const int offset = m_desk.processor().settings().utcOffsetMinutes;
    return QDateTime(day, QTime(0, 0), Qt::OffsetFromUTC, offset * 60).toMSecsSinceEpoch();
}

void DashboardView::setPreset(Preset preset)
{
    const int offset = m_desk.processor().settings().utcOffsetMinutes;
    const QDate today = m_desk.clock().now().toOffsetFromUtc(offset * 60).date();
    QDate from = today, to = today;
    switch (preset) {
    case Yesterday:
        from = to = today.addDays(-1);
        break;
    case ThisWeek:
        from = today.addDays(1 - today.dayOfWeek());
        break;
    case Last7Days:
        from = today.addDays(-6);
        break;
    case ThisMonth:
        from = QDate(today.year(), today.month(), 1);
        break;
    case Last30Days:
        from = today.addDays(-29);
        break;
    default:
        break;
    }
    m_loading = true;
    m_preset->setCurrentIndex(preset);
    m_loading = false;
    setPeriod(from, to);
}

void DashboardView::setPeriod(const QDate &from, const QDate &to)
{
    m_loading = true;
    m_from->setDate(from);
    m_to->setDate(qMax(from, to));
    m_loading = false;
    refresh();
}

KpiQueries::Period DashboardView::period() const
{
    KpiQueries::Period p;
    p.from = dayStart(m_from->date());
    p.to = dayStart(m_to->date().addDays(1));
    p.asOf = m_desk.clock().now().toMSecsSinceEpoch();
    p.utcOffsetMinutes = m_desk.processor().settings().utcOffsetMinutes;
    return p;
}

KpiQueries::Period DashboardView::previousPeriod() const
{
    KpiQueries::Period p = period();
    const qint64 days = m_from->date().daysTo(m_to->date()) + 1;
    p.to = p.from;
    p.from = dayStart(m_from->date().addDays(-days));
    return p;
}

void DashboardView::setDimension(KpiQueries::Dimension dimension)
{
    m_loading = true;
    m_dimension->setCurrentIndex(m_dimension->findData(int(dimension)));
    m_loading = false;
    m_breakdown->setGroups(dimension, KpiQueries(m_desk.store()).groups(dimension, period()));
    m_breakdownTable->resizeColumnsToContents();
}

void DashboardView::setTrend(const QString &kpi, KpiQueries::Dimension bucket)
{
    m_trendKpi->setCurrentIndex(m_trendKpi->findData(kpi));
    m_trendBucket->setCurrentIndex(m_trendBucket->findData(int(bucket)));
    refreshTrend();
}

void DashboardView::setReportDay(const QDate &day)
{
    m_reportDay->setDate(day);
    refreshDaily();
}

void DashboardView::refresh()
{
    if (m_loading)
        return;
    if (m_pendingRefresh && !isVisible() && !m_constructed) // still being built: computed on first show
        return;
    m_pendingRefresh = false;
    KpiQueries kpis(m_desk.store());
    const KpiQueries::Period current = period();
    const KpiQueries::Period previous = previousPeriod();
    const int offset = current.utcOffsetMinutes;
    const QDate prevFrom = QDateTime::fromMSecsSinceEpoch(previous.from, Qt::OffsetFromUTC, offset * 60).date();
    const QDate prevTo = QDateTime::fromMSecsSinceEpoch(previous.to, Qt::OffsetFromUTC, offset * 60).date().addDays(-1);
    m_periodLabel->setText(
        tr("compared with %1 – %2").arg(prevFrom.toString(Qt::ISODate), prevTo.toString(Qt::ISODate)));
    m_comparison->setValues(kpis.totals(current), kpis.totals(previous));
    m_breakdown->setGroups(KpiQueries::Dimension(m_dimension->currentData().toInt()),
                           kpis.groups(KpiQueries::Dimension(m_dimension->currentData().toInt()), current));
    const QList<Record> models = kpis.faultsByModel(current);
    const QList<Record> parts = kpis.faultsByPart(current);
    m_faults->setRows(models);
    m_parts->setRows(parts);
    m_claims->setRows(kpis.outletClaims(current), QStringLiteral("outlier"));
    refreshFaultCharts(models, parts);
    m_comparisonTable->resizeColumnsToContents();
    m_breakdownTable->resizeColumnsToContents();
    refreshTrend();
    refreshDaily();
}

void DashboardView::refreshTrend()
{
    if (m_loading)
        return;
    const QString kpi = m_trendKpi->currentData().toString();
    const auto bucket = KpiQueries::Dimension(m_trendBucket->currentData().toInt());
    const QList<KpiQueries::Group> groups = KpiQueries(m_desk.store()).groups(bucket, period());
    auto *chart = new QChart;
    chart->setTitle(SupervisorText::kpiLabel(kpi) + tr(" · ") + m_trendBucket->currentText());
    chart->legend()->hide();
    auto *series = new QLineSeries;
    series->setPointsVisible(true);
    series->setPointLabelsVisible(true);
    series->setPointLabelsClipping(false);
    const bool rate = KpiQueries::isRate(kpi);
    const bool money = KpiQueries::isMoney(kpi);
    series->setPointLabelsFormat(rate ? QStringLiteral("@yPoint%") : QStringLiteral("@yPoint"));
    QStringList categories;
    double most = 0;
    for (int i = 0; i < groups.size(); ++i) {
        categories << groups.at(i).key.mid(5); // MM-dd
        const QJsonValue v = groups.at(i).values.value(kpi);
        if (v.isNull() || v.isUndefined())
            continue; // nothing to count that day: a gap, not a zero
        double y = v.toDouble();
        if (rate)
            y = std::round(y * 1000.0) / 10.0;
        else if (money)
            y = y / 100.0;
        most = qMax(most, y);
        series->append(i, y);
    }
    chart->addSeries(series);
    auto *x = new QBarCategoryAxis;
    x->append(categories.isEmpty() ? QStringList{tr("no data")} : categories);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    auto *y = new QValueAxis;
    if (rate || money || KpiQueries::isMinutes(kpi))
        y->setRange(0, rate ? 100.0 : qMax(1.0, most * 1.2));
    else
        countAxis(y, most); // tickets: whole numbers
    y->setTitleText(rate ? tr("%") : money ? tr("¥") : KpiQueries::isMinutes(kpi) ? tr("min") : QString());
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    QChart *old = m_trendChart->chart();
    m_trendChart->setChart(chart);
    delete old;
}

void DashboardView::refreshFaultCharts(const QList<Record> &models, const QList<Record> &parts)
{
    QList<QPair<QString, double>> modelBars, partBars;
    for (const Record &r : models.mid(0, 8)) {
        const QString model = r.value(QStringLiteral("model")).toString();
        modelBars << qMakePair(model.isEmpty() ? r.value(QStringLiteral("category_name")).toString() : model,
                               r.value(QStringLiteral("repairs")).toDouble());
    }
    for (const Record &r : parts.mid(0, 8))
        partBars << qMakePair(r.value(QStringLiteral("name")).toString(), r.value(QStringLiteral("qty")).toDouble());
    for (auto [view, chart] :
         {qMakePair(m_modelChart, barChart(tr("Repairs by model (top 8)"), tr("Repairs"), modelBars)),
          qMakePair(m_partChart, barChart(tr("Parts replaced (top 8)"), tr("Parts"), partBars))}) {
        QChart *old = view->chart();
        view->setChart(chart);
        delete old;
    }
}

void DashboardView::refreshDaily()
{
    if (m_loading)
        return;
    const qint64 from = dayStart(m_reportDay->date());
    const qint64 to = dayStart(m_reportDay->date().addDays(1));
    SupervisorQueries queries(m_desk.store());
    m_daily->setRows(queries.technicianDailyReport(from, to));
    m_callbackList->setRows(queries.callbackList(from, to));
}

TicketDrillDialog *DashboardView::drillDown(const QString &kpi, KpiQueries::Dimension dimension, const QString &key,
                                            bool show, const QString &label)
{
    const QList<Record> rows = KpiQueries(m_desk.store()).ticketsBehind(kpi, dimension, key, period());
    const ReportTableModel::Format format = KpiQueries::isMoney(kpi) ? ReportTableModel::Money
                                            : KpiQueries::isMinutes(kpi) ||
                                                    kpi == QLatin1String("on_time_arrival_rate") ||
                                                    kpi == QLatin1String("sla_met_rate")
                                                ? ReportTableModel::Minutes
                                            : KpiQueries::isRate(kpi) ? ReportTableModel::Text
                                                                      : ReportTableModel::Count;
    QString title = SupervisorText::kpiLabel(kpi);
    if (dimension != KpiQueries::Total)
        title += tr(" · ") + SupervisorText::dimension(dimension) + tr(": ") +
                 (!label.isEmpty() ? label
                  : key.isEmpty()  ? tr("(none)")
                                   : key);
    auto *dialog = new TicketDrillDialog(title, rows, format, period().utcOffsetMinutes, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (show)
        dialog->show();
    return dialog;
}

PrintedForm DashboardView::dailyReportForm() const
{
    return TableExport::form(QStringLiteral("daily_report"), tr("Technician daily report (技术人员日报表)"),
                             m_reportDay->date().toString(Qt::ISODate), {{QString(), m_daily}});
}

PrintedForm DashboardView::callbackListForm() const
{
    return TableExport::form(QStringLiteral("callback_list"), tr("Callback list (回访记录)"),
                             m_reportDay->date().toString(Qt::ISODate), {{QString(), m_callbackList}});
}

bool DashboardView::printDailyReport(const QString &pdfPath, QString *error)
{
    return TableExport::writePdf(tr("Technician daily report (技术人员日报表)"),
                                 m_reportDay->date().toString(Qt::ISODate), {{QString(), m_daily}}, pdfPath, error);
}

bool DashboardView::printCallbackList(const QString &pdfPath, QString *error)
{
    return TableExport::writePdf(tr("Callback list (回访记录)"), m_reportDay->date().toString(Qt::ISODate),
                                 {{QString(), m_callbackList}}, pdfPath, error);
}
