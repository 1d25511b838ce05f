<!DOCTYPE html>
<html lang="vi-VN" dir="ltr" class="ms-isBot">
<head>
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="GENERATOR" content="Microsoft SharePoint">
<meta name="ProgId" content="SharePoint.WebPartPage.Document">
<meta http-equiv="Content-type" content="text/html; charset=utf-8">
<title>Văn bản quy phạm pháp luật - UBND huyện Tư Nghĩa</title>
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
<div class="ms-webpart-chrome-title"><h2 class="ms-webpart-titleText"><span>Văn bản quy phạm pháp luật</span></h2></div>
<div id="ctl00_ctl40_g_7d1c2f4e_5b3a_4c1d_9e8f_0a1b2c3d4e5f" class="ms-WPBody ms-wpContentDivSpace">
<div class="message"><span>Tìm thấy <strong>8</strong> văn bản.</span></div><div class="results"><ul class="listLaw"><li><div class="item"><p class="title"><a href="/Pages/ThuocTinhVanBan.aspx?ItemID=2308">Quyết định 25/2026/QĐ-UBND</a></p>
<div class="left"><div class="des"><p>Ban hành quy định quản lý nghĩa trang nhân dân trên địa bàn huyện</p></div><div class="link"><ul><li class="thuoctinh"><a href="/Pages/ThuocTinhVanBan.aspx?ItemID=2308">Thuộc tính</a></li>
<li class="download"><a href="javascript:downloadfile('25.2026.QD-UBND.pdf','/Lists/VanBan/Attachments/2308/25.2026.QD-UBND.pdf');" class="show_hide"><img src="/Style%20Library/images/attachment.png"> Tải về</a></li></ul></div></div>
<div class="right"><p class="green"><label>Ban hành:</label> 02/10/2026</p><p class="green"><label>Hiệu lực:</label> 15/10/2026</p><p class="red"><label>Trạng thái:</label> Còn hiệu lực</p></div></div></li>
<li><div class="item"><p class="title"><a href="/Pages/ThuocTinhVanBan.aspx?ItemID=2307">Kế hoạch 188/KH-UBND</a></p>
<div class="left"><div class="des"><p>Triển khai Đề án 06 về phát triển ứng dụng dữ liệu dân cư năm 2026</p></div><div class="link"><ul><li class="thuoctinh"><a href="/Pages/ThuocTinhVanBan.aspx?ItemID=2307">Thuộc tính</a></li>
<li class="download"><a href="javascript:downloadfile('188.KH-UBND.pdf','/Lists/VanBan/Attachments/2307/188.KH-UBND.pdf');" class="show_hide"><img src="/Style%20Library/images/attachment.png"> Tải về</a></li></ul></div></div>
<div class="right"><p class="green"><label>Ban hành:</label> 20/08/2026</p><p class="green"><label>Hiệu lực:</label> 20/08/2026</p><p class="red"><label>Trạng thái:</label> Còn hiệu lực</p></div></div></li>
<li><div class="item"><p class="title"><a href="/Pages/ThuocTinhVanBan.aspx?ItemID=2306">Quyết định 19/2026/QĐ-UBND</a></p>
<div class="left"><div class="des"><p>Quy định giá dịch vụ thu gom rác thải sinh hoạt</p></div><div class="link"><ul><li class="thuoctinh"><a href="/Pages/ThuocTinhVanBan.aspx?ItemID=2306">Thuộc tính</a></li>
<li class="download"><a href="javascript:downloadfile('19.2026.QD-UBND.pdf','/Lists/VanBan/Attachments/2306/19.2026.QD-UBND.pdf');" class="show_hide"><img src="/Style%20Library/images/attachment.png"> Tải về</a></li></ul></div></div>
<div class="right"><p class="green"><label>Ban hành:</label> 30/06/2026</p><p class="green"><label>Hiệu lực:</label> 10/07/2026</p><p class="red"><label>Trạng thái:</label> Còn hiệu lực</p></div></div></li>
<li><div class="item"><p class="title"><a href="/Pages/ThuocTinhVanBan.aspx?ItemID=2305">Chỉ thị 05/CT-UBND</a></p>
<div class="left"><div class="des"><p>Tăng cường công tác phòng, chống dịch bệnh mùa hè</p></div><div class="link"><ul><li class="thuoctinh"><a href="/Pages/ThuocTinhVanBan.aspx?ItemID=2305">Thuộc tính</a></li>
<li class="download"><a href="javascript:downloadfile('05.CT-UBND.pdf','/Lists/VanBan/Attachments/2305/05.CT-UBND.pdf');" class="show_hide"><img src="/Style%20Library/images/attachment.png"> Tải về</a></li></ul></div></div>
<div class="right"><p class="green"><label>Ban hành:</label> 12/05/2026</p><p class="green"><label>Hiệu lực:</label> 12/05/2026</p><p class="red"><label>Trạng thái:</label> Còn hiệu lực</p></div></div></li>
<li><div class="item"><p class="title"><a href="/Pages/ThuocTinhVanBan.aspx?ItemID=2304">Quyết định 11/2026/QĐ-UBND</a></p>
<div class="left"><div class="des"><p>Quy chế quản lý cụm công nghiệp La Hà</p></div><div class="link"><ul><li class="thuoctinh"><a href="/Pages/ThuocTinhVanBan.aspx?ItemID=2304">Thuộc tính</a></li>
<li class="download"><a href="javascript:downloadfile('11.2026.QD-UBND.pdf','/Lists/VanBan/Attachments/2304/11.2026.QD-UBND.pdf');" class="show_hide"><img src="/Style%20Library/images/attachment.png"> Tải về</a></li></ul></div></div>
<div class="right"><p class="green"><label>Ban hành:</label> 18/03/2026</p><p class="green"><label>Hiệu lực:</label> 01/04/2026</p><p class="red"><label>Trạng thái:</label> Còn hiệu lực</p></div></div></li>
</ul></div><div class="paging"><a href="/Pages/VanBan.aspx?Page=1" class=current>1</a> <a href="/Pages/VanBan.aspx?Page=2">2</a></div>
</div></div></div>
<div id="ctl00_PlaceHolderFooter" class="footer"><p>Cơ quan chủ quản: Ủy ban nhân dân huyện Tư Nghĩa, tỉnh Quảng Ngãi</p>
<p>Địa chỉ: 10 Trần Quang Khải, thị trấn La Hà, Tư Nghĩa. Điện thoại: 0255.3845.100 - Fax: 0255.3845.199 - Email: ubnd@tunghia.quangngai.gov.vn</p>
<p>Chịu trách nhiệm chính: Bà Phạm Thị Thu Hà, Chánh Văn phòng HĐND và UBND huyện</p></div>
</div></div>
</form>
</body>
</html>
