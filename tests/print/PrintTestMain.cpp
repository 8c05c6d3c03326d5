#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QApplication>

// The print tests: a QApplication on the offscreen platform, run by with-cups.sh against a private CUPS
int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("DispatchDeskTests"));
    QApplication::setApplicationName(QStringLiteral("print_tests"));
    return Catch::Session().run(argc, argv);
}
