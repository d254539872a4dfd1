# SPDX-License-Identifier: GPL-3.0-or-later
# Desktop integration files, their validation tests and the Debian package (cpack -G DEB).
include(GNUInstallDirs)

set(KEEPSAKE_APP_ID org.keepsake.Keepsake)
set(KEEPSAKE_PACKAGING_DIR ${PROJECT_SOURCE_DIR}/packaging)

# --- install rules (the keepsake executable installs itself in app/CMakeLists.txt) -------------
install(FILES ${KEEPSAKE_PACKAGING_DIR}/linux/${KEEPSAKE_APP_ID}.desktop
        DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${KEEPSAKE_PACKAGING_DIR}/linux/${KEEPSAKE_APP_ID}.metainfo.xml
        DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
foreach(size 16 22 24 32 48 64 128 256 512)
    install(FILES ${KEEPSAKE_PACKAGING_DIR}/icons/hicolor/${size}x${size}/apps/${KEEPSAKE_APP_ID}.png
            DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps)
endforeach()
install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/keepsake.svg
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps
        RENAME ${KEEPSAKE_APP_ID}.svg)

# --- validation tests, only where the validators are installed ----------------------------------
if(KEEPSAKE_BUILD_TESTS)
    find_program(KEEPSAKE_DESKTOP_FILE_VALIDATE desktop-file-validate)
    find_program(KEEPSAKE_APPSTREAMCLI appstreamcli)
    if(KEEPSAKE_DESKTOP_FILE_VALIDATE)
        add_test(NAME packaging/desktop_file_validate
                 COMMAND ${KEEPSAKE_DESKTOP_FILE_VALIDATE} ${KEEPSAKE_PACKAGING_DIR}/linux/${KEEPSAKE_APP_ID}.desktop)
        # desktop-file-validate exits 0 on warnings; fail on them (hints are fine).
        set_tests_properties(packaging/desktop_file_validate PROPERTIES FAIL_REGULAR_EXPRESSION "error:|warning:")
    endif()
    if(KEEPSAKE_APPSTREAMCLI)
        # --strict fails on warnings and infos too; pedantic hints (the mixed-case id) stay allowed.
        add_test(NAME packaging/appstream_validate
                 COMMAND ${KEEPSAKE_APPSTREAMCLI} validate --no-net --strict
                         ${KEEPSAKE_PACKAGING_DIR}/linux/${KEEPSAKE_APP_ID}.metainfo.xml)
    endif()
    find_package(Python3 COMPONENTS Interpreter QUIET)
    if(Python3_Interpreter_FOUND)
        # The bundled sample must stay a small, well-formed QZoneExport HTML-mode export.
        add_test(NAME packaging/sample_export_check
                 COMMAND ${Python3_EXECUTABLE} ${PROJECT_SOURCE_DIR}/resources/sample/make_sample.py
                         --check ${PROJECT_SOURCE_DIR}/resources/sample/keepsake-sample.zip)
    endif()
endif()

# --- Debian package ------------------------------------------------------------------------------
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME keepsake)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_VENDOR "The Keepsake authors")
set(CPACK_PACKAGE_CONTACT "The Keepsake authors <keepsake@keepsake.example.org>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "lasting home for QQ Space (QQ空间) memories")
set(CPACK_PACKAGE_DESCRIPTION
    "Keepsake (时光匣) imports the backups people made of their QQ Space account - posts, photo
albums, blogs, message boards and friends - from QZoneExport, GetQzonehistory, QzoneExporter
or plain photo folders into one local library, and shows them as a searchable memory wall.
It never modifies the original files and works fully offline.")
set(CPACK_PACKAGE_HOMEPAGE_URL "https://keepsake.example.org/")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION graphics)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${CPACK_PACKAGE_CONTACT}")
# Linked libraries come from dpkg-shlibdeps; what is loaded at run time is listed by hand because
# no ELF dependency names it: the Qt plugins (SQLite driver, SVG icon engine, Wayland platform),
# the GStreamer plugins Qt Multimedia plays videos with (without -base Qt 6.4's player crashes;
# -good demuxes MP4/MOV/FLV, -libav decodes H.264/H.265/AAC, -bad parses H.264 in FLV, -pulseaudio
# or -alsa make the sound) and the fonts for Chinese text and emoji (colour on screen; Symbola's
# outlines in the PDF book, where QPdfWriter prints the colour bitmap glyphs blank).
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(KEEPSAKE_DEBIAN_RUNTIME_DEPENDS
    libqt6sql6-sqlite
    libqt6svg6
    qt6-qpa-plugins
    gstreamer1.0-plugins-base
    gstreamer1.0-plugins-good
    gstreamer1.0-plugins-bad
    gstreamer1.0-libav
    "gstreamer1.0-pulseaudio | gstreamer1.0-alsa"
    fonts-noto-cjk
    fonts-noto-color-emoji
    fonts-symbola
    # Qt's own dialogs (file chooser, buttons) in Chinese.
    qt6-translations-l10n)
list(JOIN KEEPSAKE_DEBIAN_RUNTIME_DEPENDS ", " CPACK_DEBIAN_PACKAGE_DEPENDS)
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "gstreamer1.0-alsa, qt6-image-formats-plugins")

include(CPack)
