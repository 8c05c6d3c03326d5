#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QApplication>

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    // No print service: a test never prints to a queue of the machine it runs on (tests/print has its own CUPS)
    qputenv("CUPS_SERVER", "/nonexistent/dispatchdesk-tests-cups.sock");
    QApplication app(argc, argv);
    return Catch::Session().run(argc, argv);
}
