#pragma once

#include <QMenu>

class QActionGroup;

// View → Language: 中文, English or the system's language, kept in the desk's settings (QSettings) and applied the
// next time the console starts (main.cpp reads it; --lang on the command line still wins).
class LanguageMenu : public QMenu
{
    Q_OBJECT
public:
    explicit LanguageMenu(QWidget *parent = nullptr);

    // "zh_CN", "en" or "" (follow the system)
    static QString storedLanguage();
    static void storeLanguage(const QString &code);
    // Chooses a language as a click on its entry would
    void choose(const QString &code);

signals:
    void languageChosen(const QString &code);

private:
    QActionGroup *m_group;
};
