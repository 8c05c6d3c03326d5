#pragma once

#include "storage/KpiQueries.h"

#include "print/PrintedForm.h"
#include <QDate>

#include <QWidget>

class DeskService;
class KpiBreakdownModel;
class KpiComparisonModel;
class QChartView;
class QComboBox;
class QDateEdit;
class QLabel;
class QTabWidget;
class QTableView;
class ReportTableModel;
class TicketDrillDialog;

// The supervisor's numbers (Reports, F6): the KPIs of SPEC §5 for a chosen period beside the previous period of
// the same length; per technician, outlet, product category and model; trends by day or week; faults by model
// and part; the outlet claim-outlier check; the technician daily report and the day's callback list (PDF). A
// double-click on a number lists the tickets behind it. Every figure comes from KpiQueries — the replay's.
class DashboardView : public QWidget
{
    Q_OBJECT
public:
    enum Preset { Today, Yesterday, ThisWeek, Last7Days, ThisMonth, Last30Days, Custom };

    explicit DashboardView(DeskService &desk, QWidget *parent = nullptr);

    // The period is whole days [from 00:00, to + 1 day 00:00) in the desk's time zone.
    void setPeriod(const QDate &from, const QDate &to);
    void setPreset(Preset preset);
    KpiQueries::Period period() const;
    KpiQueries::Period previousPeriod() const;
    void setDimension(KpiQueries::Dimension dimension);
    void setTrend(const QString &kpi, KpiQueries::Dimension bucket);
    void setReportDay(const QDate &day);
    void refresh();

    KpiComparisonModel *comparison() const { return m_comparison; }
    KpiBreakdownModel *breakdown() const { return m_breakdown; }
    ReportTableModel *faults() const { return m_faults; }
    ReportTableModel *claims() const { return m_claims; }
    ReportTableModel *dailyReport() const { return m_daily; }
    ReportTableModel *callbackList() const { return m_callbackList; }
    QTabWidget *tabs() const { return m_tabs; }
    QChartView *trendChart() const { return m_trendChart; }
    // The tickets behind a KPI for a group (Total: the whole centre); opens the list unless `show` is false.
    // `label`: the group as the breakdown names it (a technician's name, not their id)
    TicketDrillDialog *drillDown(const QString &kpi, KpiQueries::Dimension dimension, const QString &key,
                                 bool show = true, const QString &label = QString());
    // The day's reports as paper forms (the print preview), and straight to PDF
    PrintedForm dailyReportForm() const;
    PrintedForm callbackListForm() const;
    bool printDailyReport(const QString &pdfPath, QString *error = nullptr);
    bool printCallbackList(const QString &pdfPath, QString *error = nullptr);

protected:
    // The figures are computed when the dashboard is first shown, not when the console starts
    void showEvent(QShowEvent *event) override;

private:
    bool m_pendingRefresh = false;
    bool m_constructed = false;
    qint64 dayStart(const QDate &day) const;
    void refreshTrend();
    void refreshFaultCharts(const QList<Record> &models, const QList<Record> &parts);
    void refreshDaily();
    QWidget *tableWithExport(QTableView *table, const QString &fileName);

    DeskService &m_desk;
    QComboBox *m_preset;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QLabel *m_periodLabel;
    KpiComparisonModel *m_comparison;
    KpiBreakdownModel *m_breakdown;
    ReportTableModel *m_faults;
    ReportTableModel *m_parts;
    ReportTableModel *m_claims;
    ReportTableModel *m_daily;
    ReportTableModel *m_callbackList;
    QComboBox *m_dimension;
    QComboBox *m_trendKpi;
    QComboBox *m_trendBucket;
    QChartView *m_trendChart;
    QChartView *m_modelChart;
    QChartView *m_partChart;
    QDateEdit *m_reportDay;
    QTabWidget *m_tabs;
    QTableView *m_comparisonTable = nullptr;
    QTableView *m_breakdownTable = nullptr;
    bool m_loading = false;
};
