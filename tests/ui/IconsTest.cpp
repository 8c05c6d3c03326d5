#include "Icons.h"
#include "MainWindow.h"
#include "service/DeskService.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QTabWidget>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

namespace {
bool hasVisiblePixels(const QImage &image)
{
    const QImage argb = image.convertToFormat(QImage::Format_ARGB32);
    for (int y = 0; y < argb.height(); ++y)
        for (int x = 0; x < argb.width(); ++x)
            if (qAlpha(argb.pixel(x, y)) > 0)
                return true;
    return false;
}

void collectActions(const QMenu *menu, QList<QAction *> &actions)
{
    for (QAction *a : menu->actions()) {
        if (a->isSeparator())
            continue;
        actions << a;
        if (a->menu())
            collectActions(a->menu(), actions);
    }
}
} // namespace

TEST_CASE("Every action icon is shipped and draws at 16, 24 and 48 px, also on a HiDPI screen", "[ui][icons]")
{
    QStringList named;
    for (int i = 0; i < Icons::Count; ++i) {
        const auto name = Icons::Name(i);
        INFO(Icons::path(name).toStdString());
        named << QFileInfo(Icons::path(name)).fileName();
        const QIcon icon = Icons::get(name);
        REQUIRE_FALSE(icon.isNull());
        for (const int size : {16, 24, 48}) {
            for (const qreal ratio : {1.0, 2.0}) {
                const QPixmap pixmap = icon.pixmap(QSize(size, size), ratio);
                INFO("size " << size << " at ratio " << ratio);
                REQUIRE_FALSE(pixmap.isNull());
                CHECK(pixmap.width() == qRound(size * ratio)); // drawn at the screen's pixels, not scaled up
                CHECK(hasVisiblePixels(pixmap.toImage()));
            }
        }
    }
    // No icon file is left out of the names, none is named twice
    QStringList shipped = QDir(QStringLiteral(":/icons/actions")).entryList({QStringLiteral("*.svg")}, QDir::Files);
    named.sort();
    shipped.sort();
    CHECK(named.join(QLatin1Char(' ')).toStdString() == shipped.join(QLatin1Char(' ')).toStdString());
}

TEST_CASE("Every menu entry and workspace tab says what it does, with its key", "[ui][icons]")
{
    QTemporaryDir dir;
    DeskService desk;
    REQUIRE(desk.open(dir.filePath(QStringLiteral("desk.sqlite"))));
    desk.setUser(QStringLiteral("admin"));
    MainWindow window(desk);
    QList<QAction *> actions;
    for (QAction *top : window.menuBar()->actions()) {
        REQUIRE(top->menu());
        CHECK(top->menu()->toolTipsVisible());
        collectActions(top->menu(), actions);
    }
    REQUIRE(actions.size() >= 12);
    for (const QAction *a : actions) {
        const QString text = QString(a->text()).remove(QLatin1Char('&'));
        INFO(text.toStdString() << ": " << a->toolTip().toStdString());
        // A tooltip of its own (Qt otherwise shows the entry's text again) or a status tip
        CHECK(((!a->toolTip().isEmpty() && a->toolTip() != text) || !a->statusTip().isEmpty()));
        for (const QKeySequence &key : a->shortcuts())
            CHECK(a->toolTip().contains(key.toString(QKeySequence::NativeText)));
    }
    // The workspace tabs have an icon and a tooltip naming their F key
    auto *tabs = qobject_cast<QTabWidget *>(window.centralWidget());
    REQUIRE(tabs);
    for (int i = 0; i < tabs->count(); ++i) {
        INFO(tabs->tabText(i).toStdString());
        CHECK_FALSE(tabs->tabIcon(i).isNull());
        CHECK(tabs->tabToolTip(i).contains(QStringLiteral("(F%1)").arg(i + 2)));
    }
    // So do the buttons of every workspace
    for (const QPushButton *b : window.findChildren<QPushButton *>()) {
        INFO(b->text().toStdString());
        CHECK_FALSE(b->toolTip().isEmpty());
    }
}
