#pragma once

#include <QWidget>

class AdminRecordDialog;
class AdminTableModel;
class CategoryModel;
class DeskService;
class FeeScheduleModel;
class PartCatalogueModel;
class QLabel;
class QTabWidget;
class QTableView;
class RuleSettingsModel;
class TechnicianModel;
class UserModel;
class ZoneTravelModel;

// The admin workspace (F7): setting up the centre. Users and roles, technicians, zones and travel times, product
// categories and warranty terms, the fee schedule, the parts catalogue and the rule settings. Every change is a core
// command (audited and synced); what the core refuses is shown in its own words and changes nothing. Anyone may
// look; the banner says upfront when the user working may not change anything here.
class AdminWorkspace : public QWidget
{
    Q_OBJECT
public:
    enum Page { Users, Technicians, Zones, Categories, Fees, Parts, Settings, PageCount };

    explicit AdminWorkspace(DeskService &desk, QWidget *parent = nullptr);

    void showPage(Page page);
    QTableView *view(Page page) const;
    UserModel *users() const { return m_users; }
    TechnicianModel *technicians() const { return m_technicians; }
    ZoneTravelModel *zones() const { return m_zones; }
    CategoryModel *categories() const { return m_categories; }
    FeeScheduleModel *fees() const { return m_fees; }
    PartCatalogueModel *parts() const { return m_parts; }
    RuleSettingsModel *settings() const { return m_settings; }

    // Opens the form of the record in `row` of `page` (-1: a new one); it closes itself once the core accepts it
    AdminRecordDialog *openForm(Page page, int row);
    bool printFeeCard(const QString &pdfPath, QString *error);
    // The last thing the desk said here: saved, or why not
    QString message() const;
    // Re-reads who is working (the banner)
    void updateBanner();

protected:
    void showEvent(QShowEvent *event) override;

private:
    QWidget *page(Page page, const QString &intro, QTableView *view, const QList<QWidget *> &buttons);
    AdminTableModel *tableModel(Page page) const;
    void showSaved(const QString &message);
    void showRefused(const QString &message);
    void editCurrent(Page page);
    void resetSettingToDefault();
    void printFeeCardAs();

    DeskService &m_desk;
    UserModel *m_users;
    TechnicianModel *m_technicians;
    ZoneTravelModel *m_zones;
    CategoryModel *m_categories;
    FeeScheduleModel *m_fees;
    PartCatalogueModel *m_parts;
    RuleSettingsModel *m_settings;
    QTabWidget *m_pages;
    QList<QTableView *> m_views;
    QLabel *m_banner;
    QLabel *m_message;
};
