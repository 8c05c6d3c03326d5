#pragma once

#include "import/CustomerImport.h"

#include <QDialog>

class DeskService;
class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;
class QTableWidget;

// Import customers and appliances from an Excel workbook (.xlsx; a sheet chosen) or a spreadsheet saved as CSV: the
// columns are matched to fields (and can be changed), the first rows previewed, every bad row listed with its line and
// reason. Nothing is imported until Import is pressed; then all good rows go in together, or none.
class ImportDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ImportDialog(DeskService &desk, QWidget *parent = nullptr);

    bool loadFile(const QString &path);
    // CSV or .xlsx; `sheet` chooses a workbook's sheet (empty: the first with rows)
    bool loadBytes(const QByteArray &bytes, const QString &sheet = QString());
    QComboBox *sheetChooser() const { return m_sheet; }
    // Sets column `column` to `field` ("" ignores it)
    void mapColumn(int column, const QString &field);
    const CustomerImport::Plan &plan() const { return m_plan; }
    QString summary() const;
    QListWidget *badRows() const { return m_bad; }
    bool importNow();

private:
    void rebuildMapping();
    void replan();

    DeskService &m_desk;
    CustomerImport::Table m_table;
    CustomerImport::Plan m_plan;
    QList<QComboBox *> m_columns;
    QWidget *m_mappingRow;
    QTableWidget *m_preview;
    QListWidget *m_bad;
    QLabel *m_summary;
    QPushButton *m_import;
    QComboBox *m_sheet;
    QLabel *m_sheetLabel;
    QByteArray m_bytes;
};
