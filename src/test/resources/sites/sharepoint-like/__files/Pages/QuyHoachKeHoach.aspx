<!DOCTYPE html>
<html lang="vi-VN" dir="ltr" class="ms-isBot">
<head>
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="GENERATOR" content="Microsoft SharePoint">
<meta name="ProgId" content="SharePoint.WebPartPage.Document">
<meta http-equiv="Content-type" content="text/html; charset=utf-8">
<title>Quy hoạch - Kế hoạch - UBND huyện Tư Nghĩa</title>
<link rel="stylesheet" type="text/css" href="/_layouts/15/1033/styles/Themable/corev15.css">
</head>
<body>
<form method="post" action="./default.aspx" id="aspnetForm">
<div class="aspNetHidden"><input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUBMA9kFgJmD2QWAgIBD2QWAg=="></div>
<div id="s4-workspace"><div id="s4-bodyContainer">
<div id="ctl00_PlaceHolderHeader" class="header"><div class="logo">ỦY BAN NHÂN DÂN HUYỆN TƯ NGHĨA</div></div>
<div id="ctl00_TopNavigationMenu" class="ms-core-navigation"><ul class="root ms-core-listMenu-root static"><li class="static"><a class="static menu-item ms-core-listMenu-item ms-displayInline ms-navedit-linkNode" href="/Pages/default.aspx"><span class="additional-background ms-navedit-flyoutArrow"><span class="menu-item-text">TRANG CHỦ</span></span></a></li><li class="static"><a class="static menu-item ms-core-listMenu-item ms-displayInline ms-navedit-linkNode" href="/Pages/TinTuc.aspx"><span class="additional-background ms-navedit-flyoutArrow"><span class="menu-item-text">TIN TỨC</span></span></a></li><li class="static"><a class="static menu-item ms-core-listMenu-item ms-displayInline ms-navedit-linkNode" href="/Pages/VanBan.aspx"><span class="additional-background ms-navedit-flyoutArrow"><span class="menu-item-text">VĂN BẢN</span></span></a></li><li class="static"><a class="static menu-item ms-core-listMenu-item ms-displayInline ms-navedit-linkNode" href="/Pages/QuyHoachKeHoach.aspx"><span class="additional-background ms-navedit-flyoutArrow"><span class="menu-item-text">QUY HOẠCH - KẾ HOẠCH</span></span></a></li><li class="static"><a class="static menu-item ms-core-listMenu-item ms-displayInline ms-navedit-linkNode" href="/Pages/NganSach.aspx"><span class="additional-background ms-navedit-flyoutArrow"><span class="menu-item-text">CÔNG KHAI NGÂN SÁCH</span></span></a></li><li class="static"><a class="static menu-item ms-core-listMenu-item ms-displayInline ms-navedit-linkNode" href="/Pages/DauThau.aspx"><span class="additional-background ms-navedit-flyoutArrow"><span class="menu-item-text">ĐẤU THẦU</span></span></a></li><li class="static"><a class="static menu-item ms-core-listMenu-item ms-displayInline ms-navedit-linkNode" href="/Pages/HoiDap.aspx"><span class="additional-background ms-navedit-flyoutArrow"><span class="menu-item-text">HỎI ĐÁP</span></span></a></li><li class="static"><a class="static menu-item ms-core-listMenu-item ms-displayInline ms-navedit-linkNode" href="/Pages/LichCongTac.aspx"><span class="additional-background ms-navedit-flyoutArrow"><span class="menu-item-text">LỊCH CÔNG TÁC</span></span></a></li></ul></div>
<div id="ctl00_PlaceHolderLeftNavBar" class="ms-core-sideNavBox-removeLeftMargin"><h3 class="ms-standardheader">Chuyên mục</h3><ul class="ms-core-listMenu-verticalBox"><li><a class="ms-link" href="/Pages/HoiDapPhapLuat.aspx">Hỏi – đáp về pháp luật</a></li><li><a class="ms-link" href="/Pages/ThueVaCuocSong.aspx">Thuế và cuộc sống</a></li><li><a class="ms-link" href="/DoanhNghiep/Pages/default.aspx">Các thông tin doanh nghiệp cần biết</a></li></ul></div>
<div id="ctl00_PlaceHolderMain_ctl01" class="ms-webpartzone-cell"><div class="ms-webpart-chrome ms-webpart-chrome-fullWidth">
<div class="ms-webpart-chrome-title"><h2 class="ms-webpart-titleText"><span>Quy hoạch - Kế hoạch</span></h2></div>
<div id="ctl00_ctl40_g_7d1c2f4e_5b3a_4c1d_9e8f_0a1b2c3d4e5f" class="ms-WPBody ms-wpContentDivSpace">
<table class="ms-listviewtable" summary="Quy hoạch - Kế hoạch"><tr class="ms-viewheadertr"><th class="ms-vh2">Tiêu đề</th><th class="ms-vh2">Ngày đăng</th></tr><tr class="ms-itmhover"><td class="ms-vb2"><a href="/Pages/ChiTietTin.aspx?ItemID=201">Kế hoạch phát triển kinh tế - xã hội 5 năm giai đoạn 2026 - 2030</a></td><td class="ms-vb2 ms-metadata">15/01/2026</td></tr><tr class="ms-itmhover"><td class="ms-vb2"><a href="/Pages/ChiTietTin.aspx?ItemID=202">Kế hoạch phát triển kinh tế - xã hội năm 2025</a></td><td class="ms-vb2 ms-metadata">15/12/2024</td></tr><tr class="ms-itmhover"><td class="ms-vb2"><a href="/Pages/ChiTietTin.aspx?ItemID=203">Kế hoạch phát triển kinh tế - xã hội năm 2024</a></td><td class="ms-vb2 ms-metadata">14/12/2023</td></tr></table>
</div></div></div>
<div id="ctl00_PlaceHolderFooter" class="footer"><p>Cơ quan chủ quản: Ủy ban nhân dân huyện Tư Nghĩa, tỉnh Quảng Ngãi</p>
<p>Địa chỉ: 10 Trần Quang Khải, thị trấn La Hà, Tư Nghĩa. Điện thoại: 0255.3845.100 - Fax: 0255.3845.199 - Email: ubnd@tunghia.quangngai.gov.vn</p>
<p>Chịu trách nhiệm chính: Bà Phạm Thị Thu Hà, Chánh Văn phòng HĐND và UBND huyện</p></div>
</div></div>
</form>
</body>
</html>
