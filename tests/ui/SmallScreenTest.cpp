// Every workspace works on a 1280×720 screen, in English and in Chinese: the window can be made that small and no
// workspace asks for more (forms scroll instead of clipping).
#include "MainWindow.h"
#include "demo/DemoCentre.h"
#include "domain/Clock.h"
#include "service/DeskService.h"

#include <QApplication>
#include <QLayout>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <catch2/catch.hpp>

TEST_CASE("The main window and every workspace fit a 1280x720 screen in English and in Chinese", "[ui][screen]")
{
    const QDateTime now = QDateTime::fromString(QStringLiteral("2026-11-20T11:00:00+08:00"), Qt::ISODate);
    // The screen less the title bar and a panel: what a maximised window really gets
    const QSize available(1280, 720 - 60);
    for (const char *language : {"en", "zh_CN"}) {
        QTranslator translator;
        if (QLatin1String(language) == QLatin1String("zh_CN"))
            REQUIRE(translator.load(QStringLiteral(":/i18n/dispatchdesk_zh_CN.qm")));
        QApplication::installTranslator(&translator);
        QTemporaryDir dir;
        DeskService desk;
        REQUIRE(desk.open(dir.filePath(QStringLiteral("demo.sqlite"))));
        desk.setClock(std::make_unique<FixedClock>(now));
        REQUIRE(DemoCentre::build(desk.processor(), now).rejected == 0);
        desk.setUser(QStringLiteral("u-admin"));
        MainWindow window(desk);
        window.resize(available);
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        auto *tabs = qobject_cast<QTabWidget *>(window.centralWidget());
        REQUIRE(tabs);
        for (int i = 0; i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            QApplication::processEvents();
            const QSize needed = window.minimumSizeHint().expandedTo(window.minimumSize());
            INFO(language << " " << tabs->tabText(i).toStdString() << ": the window needs " << needed.width() << "x"
                          << needed.height());
            CHECK(needed.width() <= available.width());
            CHECK(needed.height() <= available.height());
            CHECK(window.size().height() <= available.height());
        }
        QApplication::removeTranslator(&translator);
    }
}
